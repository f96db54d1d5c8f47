import { randomBytes } from "node:crypto";
import { count } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import type { Actor, Ctx } from "@/lib/context";
import { createClaim } from "@/lib/claims/create-claim";
import { createEntity } from "@/lib/entities/create-entity";
import { transitionRevision } from "@/lib/review/transition";
import { createSource } from "@/lib/sources/create-source";
import { hashPassword } from "@/lib/auth/password";
import { markDemoData } from "@/lib/instance/settings";
import { DEMO_CLAIMS, DEMO_ENTITIES, DEMO_SOURCES } from "./demo-data";
import { DEMO_USERS } from "./demo-users";
import type { DemoState } from "./types";

export type DemoCredentials = Array<{ email: string; role: string; password: string }>;

export async function isEmpty(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(users);
  return (row?.n ?? 0) === 0;
}

/**
 * Fills an empty database with demo users and the fictional demo data set,
 * through the same domain operations the app uses, so every published item has
 * passed review and left its audit trail. Returns the demo passwords.
 */
export async function seedDemo(
  db: Db,
  opts: { password?: string; log?: (line: string) => void } = {},
): Promise<DemoCredentials> {
  const log = opts.log ?? (() => {});
  await markDemoData(db);
  const credentials: DemoCredentials = [];
  const actors: Record<string, Actor> = {};
  for (const u of DEMO_USERS) {
    const password = opts.password ?? randomBytes(9).toString("base64url");
    const [row] = await db
      .insert(users)
      .values({ email: u.email, name: u.name, role: u.role, passwordHash: await hashPassword(password) })
      .returning();
    actors[u.key] = { id: row!.id, role: row!.role };
    credentials.push({ email: u.email, role: u.role, password });
  }
  const as = (key: string): Ctx => ({ db, actor: actors[key]! });
  const authors = ["contributor", "contributor2"];
  const reviewerFor = (author: string) => (author === "contributor" ? "reviewer" : "reviewer2");

  async function settle(revisionId: string, author: string, state: DemoState | "retracted") {
    if (state === "draft") return;
    await transitionRevision(as(author), revisionId, "submit");
    if (state === "pending") return;
    if (state === "changes_requested") {
      await transitionRevision(as(reviewerFor(author)), revisionId, "request_changes", {
        comment: "Please add the customs record that backs the shipment value.",
      });
      return;
    }
    await transitionRevision(as(reviewerFor(author)), revisionId, "approve");
    if (state === "retracted") {
      await transitionRevision(as("reviewer"), revisionId, "retract", {
        comment: "The source corrected its report; the shipment was misattributed.",
      });
    }
  }

  const sourceIds: Record<string, string> = {};
  for (const [i, { key, ...input }] of DEMO_SOURCES.entries()) {
    sourceIds[key] = (await createSource(as(authors[i % 2]!), input)).source.id;
  }
  log(`seeded ${DEMO_SOURCES.length} sources`);

  const slugs: Record<string, string> = {};
  for (const [i, { key, state, ...input }] of DEMO_ENTITIES.entries()) {
    const author = authors[i % 2]!;
    const entity = await createEntity(as(author), { ...input, summary: "Demo page" });
    slugs[key] = entity.slug;
    await settle(entity.revision.id, author, state);
  }
  log(`seeded ${DEMO_ENTITIES.length} entities`);

  for (const [i, { subject, object, citations, state, ...input }] of DEMO_CLAIMS.entries()) {
    const author = authors[i % 2]!;
    const claim = await createClaim(as(author), slugs[subject]!, {
      ...input,
      objectSlug: object ? slugs[object] : undefined,
      citations: citations.map((c) => ({ sourceId: sourceIds[c.source], quote: c.quote, locator: c.locator })),
    });
    await settle(claim.revision.id, author, state);
  }
  log(`seeded ${DEMO_CLAIMS.length} claims`);
  return credentials;
}
