import { and, asc, count, desc, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { citations, claimRevisions, claims, sources, type ClaimRevision, type Source } from "@/db/schema";
import { entityRefs, type EntityRef } from "@/lib/entities/titles";
import { claimPointer, shownPointers, visibleClaims, type RevisionPointers, type View } from "@/lib/visibility";
import type { ClaimValue, Confidence, Period, Predicate } from "./schema";

export type SourceSummary = Pick<
  Source,
  "id" | "url" | "title" | "publisher" | "author" | "publishedAt" | "accessedAt" | "archiveUrl" | "type" | "reliability"
>;

export type CitationView = { source: SourceSummary; quote: string | null; locator: string | null };

export type ClaimView = {
  id: string;
  subjectId: string;
  statement: string;
  predicate: Predicate | null;
  object: EntityRef | null;
  period: Period | null;
  value: ClaimValue | null;
  confidence: Confidence;
  publishedAt: string | null;
  revision: { id: string; number: number; status: ClaimRevision["status"]; createdAt: string };
  citations: CitationView[];
} & RevisionPointers;

export const sourceSummaryColumns = {
  id: sources.id,
  url: sources.url,
  title: sources.title,
  publisher: sources.publisher,
  author: sources.author,
  publishedAt: sources.publishedAt,
  accessedAt: sources.accessedAt,
  archiveUrl: sources.archiveUrl,
  type: sources.type,
  reliability: sources.reliability,
};

/** Citations of claim revisions, in order, keyed by revision id. */
export async function citationsFor(db: Db, revisionIds: string[]): Promise<Map<string, CitationView[]>> {
  const byRevision = new Map<string, CitationView[]>();
  if (revisionIds.length === 0) return byRevision;
  const rows = await db
    .select({ claimRevisionId: citations.claimRevisionId, quote: citations.quote, locator: citations.locator, source: sourceSummaryColumns })
    .from(citations)
    .innerJoin(sources, eq(sources.id, citations.sourceId))
    .where(inArray(citations.claimRevisionId, revisionIds))
    .orderBy(asc(citations.claimRevisionId), asc(citations.position));
  for (const r of rows) {
    const list = byRevision.get(r.claimRevisionId) ?? [];
    list.push({ source: r.source, quote: r.quote, locator: r.locator });
    byRevision.set(r.claimRevisionId, list);
  }
  return byRevision;
}

type ClaimRow = { claim: typeof claims.$inferSelect; revision: ClaimRevision };

/** Turns claim rows into views with objects and citations: three queries, however many claims. */
export async function presentClaims(db: Db, rows: ClaimRow[], view: View, isMember: boolean): Promise<ClaimView[]> {
  const objectIds = rows.flatMap((r) => (r.revision.objectEntityId ? [r.revision.objectEntityId] : []));
  const [objects, cites] = await Promise.all([
    entityRefs(db, objectIds, view),
    citationsFor(db, rows.map((r) => r.revision.id)),
  ]);
  return rows.map(({ claim, revision }) => ({
    id: claim.id,
    subjectId: claim.subjectEntityId,
    statement: revision.statement,
    predicate: revision.predicate,
    // An object the view may not see is left out rather than named.
    object: revision.objectEntityId ? (objects.get(revision.objectEntityId) ?? null) : null,
    period: revision.period,
    value: revision.value,
    confidence: revision.confidence,
    ...shownPointers(claim, isMember),
    publishedAt: claim.publishedAt?.toISOString() ?? null,
    revision: { id: revision.id, number: revision.number, status: revision.status, createdAt: revision.createdAt.toISOString() },
    citations: cites.get(revision.id) ?? [],
  }));
}

/** Claims about an entity as the view sees them, oldest first. */
export async function listClaimsForEntity(db: Db, entityId: string, view: View): Promise<ClaimView[]> {
  const rows = await db
    .select({ claim: claims, revision: claimRevisions })
    .from(claims)
    .innerJoin(claimRevisions, eq(claimRevisions.id, claimPointer(view)))
    .where(and(eq(claims.subjectEntityId, entityId), visibleClaims(view)))
    .orderBy(asc(claims.createdAt), asc(claims.id));
  return presentClaims(db, rows, view, view === "latest");
}

/** One claim as the view sees it, or null. */
export async function findClaim(db: Db, claimId: string, view: View): Promise<ClaimView | null> {
  const rows = await db
    .select({ claim: claims, revision: claimRevisions })
    .from(claims)
    .innerJoin(claimRevisions, eq(claimRevisions.id, claimPointer(view)))
    .where(and(eq(claims.id, claimId), visibleClaims(view)))
    .limit(1);
  const [claim] = await presentClaims(db, rows, view, view === "latest");
  return claim ?? null;
}

/** Published claims, most recently published first, with their subject entity. */
export async function recentlyPublishedClaims(db: Db, limit = 6) {
  const rows = await db
    .select({ claim: claims, revision: claimRevisions })
    .from(claims)
    .innerJoin(claimRevisions, eq(claimRevisions.id, claimPointer("published")))
    .where(visibleClaims("published"))
    .orderBy(desc(claims.publishedAt), asc(claims.id))
    .limit(limit);
  const presented = await presentClaims(db, rows, "published", false);
  const subjects = await entityRefs(db, presented.map((c) => c.subjectId), "published");
  return presented.map((c) => ({ ...c, subject: subjects.get(c.subjectId) ?? null }));
}

export async function publishedClaimCount(db: Db): Promise<number> {
  const [row] = await db.select({ n: count() }).from(claims).where(visibleClaims("published"));
  return row?.n ?? 0;
}
