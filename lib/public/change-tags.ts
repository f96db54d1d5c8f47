import { eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { citations, claimRevisions, claims } from "@/db/schema";
import { claimPointer } from "@/lib/visibility";
import { entityTag, INDEX_TAGS, sourceTag } from "./tags";

/*
 * What each kind of change shows up in on the public edition, as cache tags: the
 * revision kinds (lib/revisions/kinds) name theirs, and lib/public/touched.ts asks them.
 */

/** New source details change the source's page and every page whose published claims cite it (their footnotes). */
export async function tagsOfSourceChange(db: Db, sourceId: string): Promise<string[]> {
  const citing = await db
    .selectDistinct({ subjectId: claims.subjectEntityId })
    .from(citations)
    .innerJoin(claims, eq(claimPointer("published"), citations.claimRevisionId))
    .where(eq(citations.sourceId, sourceId));
  return [...citing.map((c) => entityTag(c.subjectId)), sourceTag(sourceId)];
}

/**
 * A page revision changes its own page, and its title on every page that links to
 * it through a claim (either direction) and on the source pages of those claims.
 */
export async function tagsOfEntityChange(db: Db, entityId: string): Promise<string[]> {
  // Two lookups rather than one OR across both tables, which no index can serve (a scan
  // of every claim and claim revision: 430 ms at 100,000 claims, on every page approval).
  const linkedBy = (where: ReturnType<typeof eq>) =>
    db
      .select({ subjectId: claims.subjectEntityId, objectId: claimRevisions.objectEntityId, revisionId: claimRevisions.id })
      .from(claims)
      .innerJoin(claimRevisions, eq(claimRevisions.id, claimPointer("published")))
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
export async function tagsOfClaimChange(db: Db, claimId: string, subjectId: string): Promise<string[]> {
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
