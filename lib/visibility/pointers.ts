import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { claims, entities } from "@/db/schema";
import type { View } from "./view";

/**
 * Which revision of a subject a view reads. Pages and claims keep two pointers: the
 * published revision (what the public reads; null until the first approval, and again
 * after a claim's retraction) and the latest (what members edit and review).
 * `table` is the table or an alias of it.
 */
export type PointerColumns = { publishedRevisionId: AnyPgColumn; latestRevisionId: AnyPgColumn };

export function entityPointer(view: View, table: PointerColumns = entities) {
  return view === "published" ? table.publishedRevisionId : table.latestRevisionId;
}

export function claimPointer(view: View, table: PointerColumns = claims) {
  return view === "published" ? table.publishedRevisionId : table.latestRevisionId;
}

/** The two pointers of a page, claim or source, as stored and as the API shows them. */
export type RevisionPointers = { publishedRevisionId: string | null; latestRevisionId: string | null };

/**
 * The pointers a caller is shown: the public learns nothing of unpublished work, not even
 * that it exists, so for it the latest revision is the published one.
 */
export function shownPointers(subject: RevisionPointers, isMember: boolean): RevisionPointers {
  return {
    publishedRevisionId: subject.publishedRevisionId,
    latestRevisionId: isMember ? subject.latestRevisionId : subject.publishedRevisionId,
  };
}

/** The revision the public reads now, or null when it reads none. */
export function publishedRevisionOf(subject: Pick<RevisionPointers, "publishedRevisionId">): string | null {
  return subject.publishedRevisionId;
}

/** Whether this revision is the one the public reads now. */
export function isPublishedRevision(subject: Pick<RevisionPointers, "publishedRevisionId">, revisionId: string): boolean {
  return subject.publishedRevisionId === revisionId;
}
