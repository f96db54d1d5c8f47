import { and, asc, gt, inArray, max, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { reviewEvents } from "@/db/schema";
import { REVISION_KINDS, REVISION_TYPES } from "@/lib/revisions/kinds";

/**
 * The cache tags an approval or retraction of one revision touches: the entities
 * whose public pages show something of it, the sources whose pages list it, and
 * the index pages (each kind names its own: lib/revisions/kinds). Computed after the
 * change, from the revision's id alone, so the same function serves this instance
 * (at once) and the others (from review_events).
 */
export async function tagsTouchedBy(db: Db, revisionId: string): Promise<string[]> {
  for (const type of REVISION_TYPES) {
    const tags = await REVISION_KINDS[type].cacheTags(db, revisionId);
    if (tags) return tags;
  }
  return [];
}

/** Approvals and retractions recorded after `afterId`, oldest first: what other instances published. */
export async function publicationEventsSince(db: Db, afterId: number, limit = 1_000) {
  const rows = await db
    .select({
      id: reviewEvents.id,
      revisionId: sql<string>`coalesce(${sql.join(REVISION_TYPES.map((t) => reviewEvents[REVISION_KINDS[t].eventColumn]), sql`, `)})`,
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
