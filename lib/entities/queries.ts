import { and, asc, count, desc, eq, gt } from "drizzle-orm";
import { entities, entityRevisions, users } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { requireMember } from "@/lib/policies";
import { NotFound } from "@/lib/errors";
import { listClaimsForEntity, type ClaimView } from "@/lib/claims/queries";
import type { BodyDoc } from "@/lib/editor/body-schema";
import { entityPointer, shownPointers, viewFor, visibleEntities, type RevisionPointers, type View } from "@/lib/visibility";
import type { EntityKind } from "./fields";
import type { Alias } from "./schema";
import { revisionRef } from "./titles";

export type RevisionRef = ReturnType<typeof revisionRef>;

export type EntityView = {
  id: string;
  slug: string;
  kind: EntityKind;
  title: string;
  aliases: Alias[];
  fields: Record<string, unknown>;
  body: BodyDoc | null;
  publishedAt: string | null;
  revision: RevisionRef & { createdAt: string; summary: string };
  claims: ClaimView[];
} & RevisionPointers;

/** An entity as the caller may see it: the public gets the published revision, members may ask for the latest. */
export async function getEntity(ctx: Ctx, slug: string, requested: View = "published"): Promise<EntityView> {
  const view = viewFor(ctx.actor, requested);
  const [row] = await ctx.db
    .select({ entity: entities, revision: entityRevisions })
    .from(entities)
    .innerJoin(entityRevisions, eq(entityRevisions.id, entityPointer(view)))
    .where(and(eq(entities.slug, slug), visibleEntities(view)))
    .limit(1);
  if (!row) throw new NotFound("Entity");
  const { entity, revision } = row;
  return presentEntity(entity, revision, {
    pointers: shownPointers(entity, ctx.actor !== null),
    publishedAt: entity.publishedAt,
    claims: await listClaimsForEntity(ctx.db, entity.id, view),
  });
}

/** The Entity of the API: a page as one revision of it reads, with the claims shown beside it. */
export function presentEntity(
  entity: typeof entities.$inferSelect,
  revision: typeof entityRevisions.$inferSelect,
  shown: { pointers: RevisionPointers; publishedAt: Date | null; claims: ClaimView[] },
): EntityView {
  return {
    id: entity.id,
    slug: entity.slug,
    kind: entity.kind,
    title: revision.title,
    aliases: revision.aliases,
    fields: revision.fields,
    body: revision.body,
    ...shown.pointers,
    publishedAt: shown.publishedAt?.toISOString() ?? null,
    revision: { ...revisionRef(revision), createdAt: revision.createdAt.toISOString(), summary: revision.summary },
    claims: shown.claims,
  };
}

export type EntitySummary = {
  id: string;
  slug: string;
  kind: EntityKind;
  title: string;
  aliases: Alias[];
  country: string | null;
  publishedAt: string | null;
  revision: RevisionRef;
};

const encodeCursor = (slug: string) => Buffer.from(slug, "utf8").toString("base64url");
const decodeCursor = (cursor: string) => Buffer.from(cursor, "base64url").toString("utf8");

/** A page of entities in slug order; nextCursor continues after the last one. */
export async function listEntities(
  ctx: Ctx,
  opts: { kind?: EntityKind; limit?: number; cursor?: string; view?: View },
): Promise<{ items: EntitySummary[]; nextCursor: string | null }> {
  const view = viewFor(ctx.actor, opts.view);
  const limit = Math.min(Math.max(opts.limit ?? 50, 1), 500);
  const rows = await ctx.db
    .select({ entity: entities, revision: entityRevisions })
    .from(entities)
    .innerJoin(entityRevisions, eq(entityRevisions.id, entityPointer(view)))
    .where(
      and(
        visibleEntities(view),
        opts.kind ? eq(entities.kind, opts.kind) : undefined,
        opts.cursor ? gt(entities.slug, decodeCursor(opts.cursor)) : undefined,
      ),
    )
    .orderBy(asc(entities.slug))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  return {
    items: page.map(({ entity, revision }) => summarize(entity, revision)),
    nextCursor: rows.length > limit ? encodeCursor(page[page.length - 1]!.entity.slug) : null,
  };
}

function summarize(
  entity: typeof entities.$inferSelect,
  revision: typeof entityRevisions.$inferSelect,
): EntitySummary {
  const fields = revision.fields as { country?: string; origin?: string };
  return {
    id: entity.id,
    slug: entity.slug,
    kind: entity.kind,
    title: revision.title,
    aliases: revision.aliases,
    country: fields.country ?? fields.origin ?? null,
    publishedAt: entity.publishedAt?.toISOString() ?? null,
    revision: revisionRef(revision),
  };
}

/** Published entities, most recently published first. */
export async function recentlyPublishedEntities(ctx: Ctx, limit = 8): Promise<EntitySummary[]> {
  const rows = await ctx.db
    .select({ entity: entities, revision: entityRevisions })
    .from(entities)
    .innerJoin(entityRevisions, eq(entityRevisions.id, entityPointer("published")))
    .where(visibleEntities("published"))
    .orderBy(desc(entities.publishedAt), asc(entities.slug))
    .limit(limit);
  return rows.map(({ entity, revision }) => summarize(entity, revision));
}

/** Number of published entities per kind. */
export async function publishedEntityCounts(ctx: Ctx): Promise<Record<EntityKind, number>> {
  const rows = await ctx.db
    .select({ kind: entities.kind, n: count() })
    .from(entities)
    .where(visibleEntities("published"))
    .groupBy(entities.kind);
  const counts: Record<EntityKind, number> = { firm: 0, route: 0, technology: 0 };
  for (const r of rows) counts[r.kind] = r.n;
  return counts;
}

/** Revisions of an entity, newest first (members only: drafts are workspace matter). */
export async function listEntityRevisions(ctx: Ctx, slug: string) {
  requireMember(ctx.actor, { hiddenAs: "Entity" });
  const [entity] = await ctx.db.select({ id: entities.id }).from(entities).where(eq(entities.slug, slug));
  if (!entity) throw new NotFound("Entity");
  const rows = await ctx.db
    .select({ revision: entityRevisions, authorName: users.name })
    .from(entityRevisions)
    .innerJoin(users, eq(users.id, entityRevisions.authorId))
    .where(eq(entityRevisions.entityId, entity.id))
    .orderBy(desc(entityRevisions.number));
  return rows.map(({ revision: r, authorName }) => ({
    id: r.id,
    number: r.number,
    status: r.status,
    baseRevisionId: r.baseRevisionId,
    authorId: r.authorId,
    authorName,
    title: r.title,
    createdAt: r.createdAt.toISOString(),
    summary: r.summary,
  }));
}
