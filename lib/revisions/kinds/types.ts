import type { Db } from "@/db/client";
import type { RevisionStatus, reviewEvents } from "@/db/schema";
import type { CitationView } from "@/lib/claims/queries";
import type { Flat } from "@/lib/review/diff";
import type { RevisionRow, RevisionView } from "@/lib/review/present-revision";

/** The review_events column that names a revision of a kind (exactly one is set per event). */
export type ReviewEventColumn = Extract<keyof typeof reviewEvents.$inferInsert, `${string}RevisionId`>;

/** A revision as the workflow sees it, its subject row locked for the transition. */
export type WorkflowRevision = {
  id: string;
  status: RevisionStatus;
  authorId: string;
  /** The co-authors besides authorId (a co-edited page snapshot has several); none of them may review it. */
  authorIds: string[];
  /** The page, claim or source the revision is of. */
  subjectId: string;
  /** The page the revision is about (a claim's subject page; null when it belongs to no page). */
  entityId: string | null;
  latestRevisionId: string | null;
  publishedRevisionId: string | null;
};

/** What a kind contributes to a revision's detail view (GET /revisions/{id}). */
export type RevisionDetailPart = {
  rev: RevisionRow;
  /** Its co-authors besides rev.authorId. */
  authorIds: string[];
  entityId: string | null;
  source: { id: string; title: string; url: string } | null;
  claimId: string | null;
  isLatest: boolean;
  isPublished: boolean;
  /** The revision's content, and what the diff compares it with (null for a first publication). */
  flat: Flat;
  before: Flat | null;
  comparedTo: RevisionView | null;
  citations: CitationView[];
};

/** A pending revision in the review queue, as its kind presents it. */
export type QueueEntry = {
  revision: { id: string; number: number; authorId: string; summary: string; createdAt: Date };
  /** Its co-authors besides revision.authorId. */
  authorIds: string[];
  authorName: string;
  submittedAt: Date | null;
  entity: { id: string; slug: string; kind: "firm" | "route" | "technology"; title: string } | null;
  source: { id: string; title: string; url: string } | null;
  statement: string | null;
};

/** One of a contributor's open revisions in "My work", as its kind presents it. */
export type WorkEntry = {
  revision: { id: string; number: number; status: RevisionStatus; summary: string; createdAt: Date };
  /** The page it is about; the caller resolves it to a title and link. */
  entityId: string | null;
  source: { id: string; title: string } | null;
  claimId: string | null;
  statement: string | null;
  latestRevisionId: string | null;
};

/**
 * Everything the review workflow, the review screens, search and the public cache need
 * to know about one kind of revision. The registry (./index.ts) names each kind; generic
 * code reads these and never asks which kind it holds.
 */
export type RevisionKind<TTable> = {
  /** The revision table. */
  table: TTable;
  /** Its column in review_events. */
  eventColumn: ReviewEventColumn;
  /** "claim" in "Only claims can be retracted." */
  noun: string;
  /** The revision with what the workflow needs of its subject, locking the subject row; null when not of this kind. */
  findForUpdate(tx: Db, id: string): Promise<WorkflowRevision | null>;
  /** What a revision still lacks before it can be submitted or approved (in words), or null. */
  missing?(tx: Db, revisionId: string): Promise<string | null>;
  /**
   * Approval: moves the published pointer of the subject to this revision (through
   * lib/visibility). Returns what the audit row should keep besides the transition.
   */
  publish(tx: Db, rev: WorkflowRevision, at: Date): Promise<Record<string, unknown>>;
  /** Retraction, for kinds that can be retracted: the subject leaves the public edition. */
  retract?(tx: Db, rev: WorkflowRevision): Promise<void>;
  /** Search follows a publication or retraction in its transaction. */
  index(tx: Db, subjectId: string): Promise<void>;
  /** The public cache tags an approval or retraction of this revision touches; null when not of this kind. */
  cacheTags(db: Db, revisionId: string): Promise<string[] | null>;
  /** The detail view's part: content flattened for the diff, and what it is compared with; null when not of this kind. */
  detail(db: Db, id: string): Promise<RevisionDetailPart | null>;
  /** Pending revisions, oldest first. */
  queue(db: Db, limit: number): Promise<QueueEntry[]>;
  /** The author's revisions in these states, newest first. */
  openWork(db: Db, authorId: string, statuses: readonly RevisionStatus[], limit: number): Promise<WorkEntry[]>;
};
