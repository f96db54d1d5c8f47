import type { Db } from "@/db/client";
import { users, type Role } from "@/db/schema";
import type { Actor, Ctx } from "@/lib/context";
import { createEntity } from "@/lib/entities/create-entity";
import { createClaim } from "@/lib/claims/create-claim";
import { transitionRevision } from "@/lib/review/transition";
import type { EntityKind } from "@/lib/entities/fields";

let counter = 0;
const next = () => ++counter;

export async function makeUser(db: Db, role: Role = "contributor"): Promise<Actor> {
  const n = next();
  const [user] = await db
    .insert(users)
    .values({ email: `${role}${n}@test.example`, name: `${role} ${n}`, role })
    .returning();
  return { id: user!.id, role: user!.role };
}

export const ctxFor = (db: Db, actor: Actor | null): Ctx => ({ db, actor });

const DEFAULT_FIELDS: Record<EntityKind, Record<string, unknown>> = {
  firm: { country: "CN" },
  route: { origin: "CN", destination: "RU" },
  technology: { hsCodes: ["854231"] },
};

export async function makeEntity(db: Db, author: Actor, kind: EntityKind = "firm", title = `Test firm ${next()}`) {
  return createEntity(ctxFor(db, author), { kind, title, fields: DEFAULT_FIELDS[kind] });
}

export async function makeClaim(db: Db, author: Actor, entitySlug: string, statement = `Statement ${next()}`) {
  return createClaim(ctxFor(db, author), entitySlug, {
    statement,
    confidence: "probable",
    citations: [{ source: { url: `https://news.example.org/story-${next()}`, title: "A story" }, quote: "quoted words", locator: "p. 2" }],
  });
}

/** Submits a revision as its author and approves it as the reviewer. */
export async function publish(db: Db, author: Actor, reviewer: Actor, revisionId: string) {
  await transitionRevision(ctxFor(db, author), revisionId, "submit");
  return transitionRevision(ctxFor(db, reviewer), revisionId, "approve");
}
