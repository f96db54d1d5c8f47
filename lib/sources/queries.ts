import { and, asc, count, desc, eq, getTableName, inArray, sql } from "drizzle-orm";
import { citations, claimRevisions, claims, sources, type Source } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { requireMember } from "@/lib/policies";
import { NotFound } from "@/lib/errors";
import { presentClaims, type ClaimView } from "@/lib/claims/queries";
import { entityRefs, type EntityRef } from "@/lib/entities/titles";
import { claimPointer, viewFor, visibleClaims, visibleSources, type View } from "@/lib/visibility";
import { parseId } from "@/lib/ids";

export type SourceWithClaims = {
  source: Source;
  claims: Array<ClaimView & { subject: EntityRef | null }>;
};

/** A source and the claims that cite it, as the caller may see them. */
export async function getSource(ctx: Ctx, id: string, requested: View = "published"): Promise<SourceWithClaims> {
  const view = viewFor(ctx.actor, requested);
  parseId(id, "Source");
  const [source] = await ctx.db.select().from(sources).where(and(eq(sources.id, id), visibleSources(view)));
  if (!source) throw new NotFound("Source");
  const citing = ctx.db.selectDistinct({ id: citations.claimRevisionId }).from(citations).where(eq(citations.sourceId, id));
  const rows = await ctx.db
    .select({ claim: claims, revision: claimRevisions })
    .from(claims)
    .innerJoin(claimRevisions, eq(claimRevisions.id, claimPointer(view)))
    .where(and(inArray(claimRevisions.id, citing), visibleClaims(view)))
    .orderBy(asc(claims.createdAt));
  const presented = await presentClaims(ctx.db, rows, view, view === "latest");
  const subjects = await entityRefs(ctx.db, presented.map((c) => c.subjectId), view);
  return { source, claims: presented.map((c) => ({ ...c, subject: subjects.get(c.subjectId) ?? null })) };
}

export async function publishedSourceCount(ctx: Ctx): Promise<number> {
  const [row] = await ctx.db.select({ n: count() }).from(sources).where(visibleSources("published"));
  return row?.n ?? 0;
}

/** Sources to pick from when citing (members: every source, newest first). */
export async function listSources(ctx: Ctx, limit = 500) {
  const view = viewFor(ctx.actor, "latest");
  return ctx.db
    .select({ id: sources.id, title: sources.title, url: sources.url, publisher: sources.publisher })
    .from(sources)
    .where(visibleSources(view))
    .orderBy(desc(sources.createdAt))
    .limit(limit);
}

/** Every source with how many claims cite it in their latest revision (workspace), newest first. */
export async function listSourcesWithUse(ctx: Ctx, limit = 500) {
  requireMember(ctx.actor);
  // Qualified by hand: in a one-table select Drizzle writes ${sources.id} as a bare "id", which the subquery's tables make ambiguous.
  const sourceId = sql`${sql.identifier(getTableName(sources))}.${sql.identifier(sources.id.name)}`;
  const uses = sql<number>`(select count(distinct cl.id)::int from ${citations} c join ${claims} cl on cl.latest_revision_id = c.claim_revision_id where c.source_id = ${sourceId})`;
  return ctx.db
    .select({ id: sources.id, title: sources.title, url: sources.url, publisher: sources.publisher, type: sources.type, reliability: sources.reliability, publishedAt: sources.publishedAt, uses })
    .from(sources)
    .orderBy(desc(sources.createdAt))
    .limit(limit);
}
