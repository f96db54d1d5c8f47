import { eq } from "drizzle-orm";
import { entities, entityRevisions } from "@/db/schema";
import { writeAudit } from "@/lib/audit/write-audit";
import type { Ctx } from "@/lib/context";
import { pgErrorCode, UNIQUE_VIOLATION } from "@/lib/db-errors";
import { Invalid } from "@/lib/errors";
import { parseInput } from "@/lib/parse";
import { authorize } from "@/lib/policies";
import { indexEntity } from "@/lib/search/index-hooks";
import { createEntityInput, parseFields } from "./schema";
import { freeSlug } from "./slug";
import { getEntity, type EntityView } from "./queries";

/** Creates an entity page with its first revision, a draft by the actor. */
export async function createEntity(ctx: Ctx, raw: unknown): Promise<EntityView> {
  const actor = authorize(ctx.actor, "create");
  const input = parseInput(createEntityInput, raw);
  const fields = parseFields(input.kind, input.fields);
  if (!fields.ok) throw new Invalid(`${fields.issues[0]?.path.join(".")}: ${fields.issues[0]?.message}`, { issues: fields.issues });

  // Two people creating the same title at once both pick the same free slug; the
  // unique index refuses one, and that one simply tries again with the next slug.
  for (let attempt = 0; ; attempt++) {
    try {
      const slug = await ctx.db.transaction(async (tx) => {
        const slug = await freeSlug(tx, input.title, input.kind);
        const [entity] = await tx.insert(entities).values({ kind: input.kind, slug, createdBy: actor.id }).returning();
        const [revision] = await tx
          .insert(entityRevisions)
          .values({
            entityId: entity!.id,
            number: 1,
            authorId: actor.id,
            summary: input.summary ?? "Created",
            title: input.title,
            aliases: input.aliases,
            fields: fields.fields,
            body: input.body ?? null,
          })
          .returning();
        await tx.update(entities).set({ latestRevisionId: revision!.id }).where(eq(entities.id, entity!.id));
        await indexEntity(tx, entity!.id);
        await writeAudit(tx, {
          actorId: actor.id,
          action: "entity.create",
          subjectType: "entity",
          subjectId: entity!.id,
          entityId: entity!.id,
          details: { slug, kind: input.kind, revisionId: revision!.id },
        });
        return slug;
      });
      return getEntity(ctx, slug, "latest");
    } catch (err) {
      if (pgErrorCode(err) !== UNIQUE_VIOLATION || attempt >= 4) throw err;
    }
  }
}
