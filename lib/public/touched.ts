import { and, asc, eq, gt, inArray, max, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { citations, claimRevisions, claims, entityRevisions, reviewEvents, sourceRevisions } from "@/db/schema";
import { entityTag, INDEX_TAGS, sourceTag } from "./tags";

/**
 * The cache tags an approval or retraction of one revision touches: the entities
 * whose public pages show something of it, the sources whose pages list it, and
 * the index pages. Computed after the change, from the revision's ids alone, so the
 * same function serves this instance (at once) and the others (from review_events).
 */
export async function tagsTouchedBy(db: Db, revisionId: string): Promise<string[]> {
  const [entityRevision] = await db
    .select({ entityId: entityRevisions.entityId })
    .from(entityRevisions)
    .where(eq(entityRevisions.id, revisionId));
  if (entityRevision) return tagsOfEntityChange(db, entityRevision.entityId);

  const [claimRevision] = await db
    .select({ claimId: claimRevisions.claimId, subjectId: claims.subjectEntityId })
    .from(claimRevisions)
    .innerJoin(claims, eq(claims.id, claimRevisions.claimId))
    .where(eq(claimRevisions.id, revisionId));
  if (claimRevision) return tagsOfClaimChange(db, claimRevision.claimId, claimRevision.subjectId);

  const [sourceRevision] = await db
    .select({ sourceId: sourceRevisions.sourceId })
    .from(sourceRevisions)
    .where(eq(sourceRevisions.id, revisionId));
  if (sourceRevision) return tagsOfSourceChange(db, sourceRevision.sourceId);
  return [];
}

/** New source details change the source's page and every page whose published claims cite it (their footnotes). */
async function tagsOfSourceChange(db: Db, sourceId: string): Promise<string[]> {
  const citing = await db
    .selectDistinct({ subjectId: claims.subjectEntityId })
    .from(citations)
    .innerJoin(claims, eq(claims.publishedRevisionId, citations.claimRevisionId))
    .where(eq(citations.sourceId, sourceId));
  return [...citing.map((c) => entityTag(c.subjectId)), sourceTag(sourceId)];
}

/**
 * A page revision changes its own page, and its title on every page that links to
 * it through a claim (either direction) and on the source pages of those claims.
 */
async function tagsOfEntityChange(db: Db, entityId: string): Promise<string[]> {
  // Two lookups rather than one OR across both tables, which no index can serve (a scan
  // of every claim and claim revision: 430 ms at 100,000 claims, on every page approval).
  const linkedBy = (where: ReturnType<typeof eq>) =>
    db
      .select({ subjectId: claims.subjectEntityId, objectId: claimRevisions.objectEntityId, revisionId: claimRevisions.id })
      .from(claims)
      .innerJoin(claimRevisions, eq(claimRevisions.id, claims.publishedRevisionId))
      .where(where);
  const [asSubject, asObject] = await Promise.all([
    linkedBy(eq(claims.subjectEntityId, entityId)),
    linkedBy(eq(claimRevisions.objectEntityId, entityId)),
  ]);
  const linked = [...asSubject, ...asObject];
  const entityIds = new Set([entityId]);
  for (const l of linked) {
    entityIds.add(l.subjectId);
    if (l.objectId) entityIds.add(l.objectId);
  }
  const sourceIds = await citedSources(db, linked.map((l) => l.revisionId));
  return [
    ...[...entityIds].map(entityTag),
    ...sourceIds.map(sourceTag),
    INDEX_TAGS.home, INDEX_TAGS.lists, INDEX_TAGS.graph, INDEX_TAGS.sitemap,
  ];
}

/**
 * A claim changes its subject's page and the page of every entity it has named as
 * object in any revision (the newly published one and the one it replaced), and the
 * page of every source any of its revisions cites.
 */
async function tagsOfClaimChange(db: Db, claimId: string, subjectId: string): Promise<string[]> {
  const revisions = await db
    .select({ id: claimRevisions.id, objectId: claimRevisions.objectEntityId })
    .from(claimRevisions)
    .where(eq(claimRevisions.claimId, claimId));
  const entityIds = new Set([subjectId, ...revisions.flatMap((r) => (r.objectId ? [r.objectId] : []))]);
  const sourceIds = await citedSources(db, revisions.map((r) => r.id));
  return [
    ...[...entityIds].map(entityTag),
    ...sourceIds.map(sourceTag),
    INDEX_TAGS.home, INDEX_TAGS.graph, INDEX_TAGS.sitemap,
  ];
}

async function citedSources(db: Db, claimRevisionIds: string[]): Promise<string[]> {
  if (claimRevisionIds.length === 0) return [];
  const rows = await db
    .selectDistinct({ id: citations.sourceId })
    .from(citations)
    .where(inArray(citations.claimRevisionId, claimRevisionIds));
  return rows.map((r) => r.id);
}

/** Approvals and retractions recorded after `afterId`, oldest first: what other instances published. */
export async function publicationEventsSince(db: Db, afterId: number, limit = 1_000) {
  const rows = await db
    .select({
      id: reviewEvents.id,
      revisionId: sql<string>`coalesce(${reviewEvents.entityRevisionId}, ${reviewEvents.claimRevisionId}, ${reviewEvents.sourceRevisionId})`,
    })
    .from(reviewEvents)
    .where(and(gt(reviewEvents.id, afterId), inArray(reviewEvents.action, ["approve", "retract"])))
    .orderBy(asc(reviewEvents.id))
    .limit(limit);
  return rows;
}

export async function lastReviewEventId(db: Db): Promise<number> {
  const [row] = await db.select({ id: max(reviewEvents.id) }).from(reviewEvents);
  return Number(row?.id ?? 0);
}
