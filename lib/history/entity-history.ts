import { and, asc, eq } from "drizzle-orm";
import { entities, entityRevisions } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { requireMember } from "@/lib/policies";
import { createEntityRevision } from "@/lib/entities/create-entity-revision";
import { NotFound } from "@/lib/errors";
import { diffFlat, type Change } from "@/lib/review/diff";
import { flattenEntity } from "@/lib/review/flatten";
import type { RevisionView } from "@/lib/review/present-revision";
import { parseId } from "@/lib/ids";

/** The difference between two revisions of one entity, field by field (members only). */
export async function compareEntityRevisions(ctx: Ctx, slug: string, fromId: string, toId: string): Promise<Change[]> {
  requireMember(ctx.actor);
  const [entity] = await ctx.db.select({ id: entities.id }).from(entities).where(eq(entities.slug, slug));
  if (!entity) throw new NotFound("Entity");
  const load = async (id: string) => {
    parseId(id, "Revision");
    const [r] = await ctx.db.select().from(entityRevisions).where(and(eq(entityRevisions.id, id), eq(entityRevisions.entityId, entity.id)));
    if (!r) throw new NotFound("Revision");
    return r;
  };
  const [from, to] = await Promise.all([load(fromId), load(toId)]);
  return diffFlat(flattenEntity(from), flattenEntity(to));
}

/** Saves an old revision's content as a new draft on top of the latest: history is never rewritten. */
export async function restoreEntityRevision(ctx: Ctx, slug: string, revisionId: string): Promise<RevisionView> {
  requireMember(ctx.actor);
  const [row] = await ctx.db
    .select({ old: entityRevisions, latestId: entities.latestRevisionId })
    .from(entityRevisions)
    .innerJoin(entities, eq(entities.id, entityRevisions.entityId))
    .where(and(eq(entities.slug, slug), eq(entityRevisions.id, revisionId)))
    .orderBy(asc(entityRevisions.number));
  if (!row) throw new NotFound("Revision");
  return createEntityRevision(ctx, slug, {
    baseRevisionId: row.latestId,
    title: row.old.title,
    aliases: row.old.aliases,
    fields: row.old.fields,
    body: row.old.body ?? undefined,
    summary: `Restored revision ${row.old.number}`,
  });
}
