import { and, countDistinct, eq, inArray, lte, max, or } from "drizzle-orm";
import type { Db } from "@/db/client";
import { claimRevisions, claims, reviewEvents } from "@/db/schema";

export type ReviewSummary = {
  /** When a reviewer last approved or retracted something on the page. */
  lastReviewedAt: string | null;
  /** How many different reviewers approved what the page shows. */
  reviewerCount: number;
};

/**
 * "Last reviewed" and the number of reviewers of a page as published: approvals of
 * the shown page revision and claim revisions, and retractions of the entity's claims
 * (a retraction changes the page too). Reviewers are counted, never named: who
 * reviewed what is workspace matter.
 */
export async function reviewSummary(
  db: Db,
  page: { entityId: string; entityRevisionId: string; claimRevisionIds: string[]; asOf?: Date },
): Promise<ReviewSummary> {
  const shown = or(
    eq(reviewEvents.entityRevisionId, page.entityRevisionId),
    page.claimRevisionIds.length ? inArray(reviewEvents.claimRevisionId, page.claimRevisionIds) : undefined,
  );
  const ofThisEntity = db
    .select({ id: claimRevisions.id })
    .from(claimRevisions)
    .innerJoin(claims, eq(claims.id, claimRevisions.claimId))
    .where(eq(claims.subjectEntityId, page.entityId));
  const asOf = page.asOf ? lte(reviewEvents.createdAt, page.asOf) : undefined;

  const [approvals, retractions] = await Promise.all([
    db
      .select({ last: max(reviewEvents.createdAt), reviewers: countDistinct(reviewEvents.actorId) })
      .from(reviewEvents)
      .where(and(eq(reviewEvents.action, "approve"), shown, asOf)),
    db
      .select({ last: max(reviewEvents.createdAt) })
      .from(reviewEvents)
      .where(and(eq(reviewEvents.action, "retract"), inArray(reviewEvents.claimRevisionId, ofThisEntity), asOf)),
  ]);
  const times = [approvals[0]?.last, retractions[0]?.last].flatMap((t) => (t ? [new Date(t).getTime()] : []));
  const last = times.length ? new Date(Math.max(...times)) : null;
  return { lastReviewedAt: last?.toISOString() ?? null, reviewerCount: Number(approvals[0]?.reviewers ?? 0) };
}
