import { and, asc, eq, inArray, lte } from "drizzle-orm";
import type { Db } from "@/db/client";
import { claimRevisions, claims, entities, entityRevisions, reviewEvents } from "@/db/schema";
import { presentClaims } from "@/lib/claims/queries";
import { isPublishedRevision, publishedClaimHistory, publishedPageHistory, shownPointers } from "@/lib/visibility";
import type { EntityKind } from "./fields";
import { presentEntity, type EntityView } from "./queries";
import { isId } from "@/lib/ids";

export type RevisionSnapshot = {
  /** The page as it read while this revision was the published one. */
  entity: EntityView;
  /** When the next revision replaced it. */
  supersededAt: string | null;
};

/**
 * An older published revision of a page, for its permalink: title, fields and body of
 * that revision, with the claims as they were published at the moment it was replaced
 * (reconstructed from the review events). Claims retracted since are left out, as on
 * the live page. Null when the revision is the current one or was never published.
 */
export async function revisionSnapshot(db: Db, slug: string, revisionId: string): Promise<RevisionSnapshot | null> {
  if (!isId(revisionId)) return null;
  const [row] = await db
    .select({ entity: entities, revision: entityRevisions })
    .from(entities)
    .innerJoin(entityRevisions, eq(entityRevisions.entityId, entities.id))
    .where(and(eq(entities.slug, slug), eq(entityRevisions.id, revisionId), publishedPageHistory()));
  if (!row || isPublishedRevision(row.entity, row.revision.id)) return null;
  const { entity, revision } = row;

  const approvals = await db
    .select({ revisionId: reviewEvents.entityRevisionId, at: reviewEvents.createdAt })
    .from(reviewEvents)
    .innerJoin(entityRevisions, eq(entityRevisions.id, reviewEvents.entityRevisionId))
    .where(and(eq(entityRevisions.entityId, entity.id), eq(reviewEvents.action, "approve")))
    .orderBy(asc(reviewEvents.createdAt), asc(reviewEvents.id));
  const own = approvals.findIndex((a) => a.revisionId === revision.id);
  const publishedAt = approvals[own]?.at ?? revision.reviewedAt ?? revision.createdAt;
  const supersededAt = approvals.slice(own + 1).find((a) => a.revisionId !== revision.id)?.at ?? null;

  const claimRows = await claimsAsOf(db, entity.id, supersededAt ?? new Date());
  return {
    entity: presentEntity(entity, revision, {
      pointers: shownPointers(entity, false),
      publishedAt,
      claims: await presentClaims(db, claimRows, "published", false),
    }),
    supersededAt: supersededAt?.toISOString() ?? null,
  };
}

/** The revision of each of the entity's claims that was published at `asOf`, if it still may be shown. */
async function claimsAsOf(db: Db, entityId: string, asOf: Date) {
  const events = await db
    .select({ claimId: claimRevisions.claimId, revisionId: claimRevisions.id, action: reviewEvents.action })
    .from(reviewEvents)
    .innerJoin(claimRevisions, eq(claimRevisions.id, reviewEvents.claimRevisionId))
    .innerJoin(claims, eq(claims.id, claimRevisions.claimId))
    .where(and(
      eq(claims.subjectEntityId, entityId),
      inArray(reviewEvents.action, ["approve", "retract"]),
      lte(reviewEvents.createdAt, asOf),
    ))
    .orderBy(asc(reviewEvents.createdAt), asc(reviewEvents.id));
  const publishedThen = new Map<string, string | null>();
  for (const e of events) publishedThen.set(e.claimId, e.action === "approve" ? e.revisionId : null);
  const revisionIds = [...publishedThen.values()].filter((id): id is string => id !== null);
  if (revisionIds.length === 0) return [];
  return db
    .select({ claim: claims, revision: claimRevisions })
    .from(claims)
    .innerJoin(claimRevisions, eq(claimRevisions.claimId, claims.id))
    .where(and(inArray(claimRevisions.id, revisionIds), publishedClaimHistory()))
    .orderBy(asc(claims.createdAt), asc(claims.id));
}

/** The page a once-published revision belongs to, for the short permalink /r/<revision id>; null otherwise. */
export async function pageOfPublishedRevision(db: Db, revisionId: string): Promise<{ kind: EntityKind; slug: string } | null> {
  if (!isId(revisionId)) return null;
  const [row] = await db
    .select({ kind: entities.kind, slug: entities.slug })
    .from(entities)
    .innerJoin(entityRevisions, eq(entityRevisions.entityId, entities.id))
    .where(and(eq(entityRevisions.id, revisionId), publishedPageHistory()));
  return row ?? null;
}
