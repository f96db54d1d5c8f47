import type { ReviewAction, RevisionStatus } from "@/db/schema";
import type { Rng } from "./prng";

/**
 * The review history of one entity or claim, as the workflow would have left it: each
 * revision's final status, one review event per transition and one audit row per change.
 * The bulk writer inserts these rows directly, so they must obey the same rules the
 * workflow and the database enforce (published = approved, reviewer ≠ author).
 */
export type Story =
  | "approved"
  | "approved_twice"
  | "approved_then_pending"
  | "approved_then_rejected"
  | "pending"
  | "draft"
  | "retracted";

/** What becomes of each revision, oldest first. */
const PATHS: Record<Story, RevisionStatus[]> = {
  approved: ["approved"],
  approved_twice: ["approved", "approved"],
  approved_then_pending: ["approved", "pending"],
  approved_then_rejected: ["approved", "rejected"],
  pending: ["pending"],
  draft: ["draft"],
  retracted: ["retracted"],
};

/** The transitions that lead from draft to a final status, and who makes them. */
const STEPS: Record<RevisionStatus, Array<{ action: ReviewAction; from: RevisionStatus; to: RevisionStatus; by: "author" | "reviewer" }>> = {
  draft: [],
  pending: [{ action: "submit", from: "draft", to: "pending", by: "author" }],
  approved: [
    { action: "submit", from: "draft", to: "pending", by: "author" },
    { action: "approve", from: "pending", to: "approved", by: "reviewer" },
  ],
  rejected: [
    { action: "submit", from: "draft", to: "pending", by: "author" },
    { action: "reject", from: "pending", to: "rejected", by: "reviewer" },
  ],
  retracted: [
    { action: "submit", from: "draft", to: "pending", by: "author" },
    { action: "approve", from: "pending", to: "approved", by: "reviewer" },
    { action: "retract", from: "approved", to: "retracted", by: "reviewer" },
  ],
  changes_requested: [],
  withdrawn: [],
};

const COMMENTS: Partial<Record<ReviewAction, string>> = {
  reject: "The cited source does not support the amount.",
  retract: "Retracted: the source was withdrawn by its publisher.",
};

export type PlannedRevision = {
  id: string;
  number: number;
  status: RevisionStatus;
  baseRevisionId: string | null;
  authorId: string;
  createdAt: Date;
  reviewedAt: Date | null;
  reviewedBy: string | null;
};

export type PlannedEvent = {
  revisionId: string;
  action: ReviewAction;
  fromStatus: RevisionStatus;
  toStatus: RevisionStatus;
  actorId: string;
  comment: string | null;
  createdAt: Date;
};

export type PlannedAudit = {
  actorId: string;
  action: string;
  subjectType: "entity" | "entity_revision" | "claim" | "claim_revision";
  subjectId: string;
  entityId: string;
  details: Record<string, unknown>;
  createdAt: Date;
};

export type History = {
  revisions: PlannedRevision[];
  events: PlannedEvent[];
  audit: PlannedAudit[];
  publishedRevisionId: string | null;
  latestRevisionId: string;
  publishedAt: Date | null;
};

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export function planHistory(
  r: Rng,
  nextId: () => string,
  type: "entity" | "claim",
  subjectId: string,
  entityId: string,
  story: Story,
  start: Date,
  people: { author: string; reviewer: string },
): History {
  const revisions: PlannedRevision[] = [];
  const events: PlannedEvent[] = [];
  const audit: PlannedAudit[] = [];
  let publishedRevisionId: string | null = null;
  let publishedAt: Date | null = null;
  let t = start.getTime();
  for (const [i, finalStatus] of PATHS[story].entries()) {
    const id = nextId();
    const createdAt = new Date(t);
    audit.push(i === 0
      ? { actorId: people.author, action: `${type}.create`, subjectType: type, subjectId, entityId, details: { revisionId: id }, createdAt }
      : { actorId: people.author, action: `${type}_revision.create`, subjectType: `${type}_revision`, subjectId: id, entityId, details: { number: i + 1 }, createdAt });
    let reviewedAt: Date | null = null;
    let reviewedBy: string | null = null;
    for (const step of STEPS[finalStatus]) {
      t += step.by === "author" ? HOUR + r.int(DAY) : DAY + r.int(5 * DAY);
      const at = new Date(t);
      const actorId = step.by === "author" ? people.author : people.reviewer;
      const comment = COMMENTS[step.action] ?? null;
      events.push({ revisionId: id, action: step.action, fromStatus: step.from, toStatus: step.to, actorId, comment, createdAt: at });
      audit.push({
        actorId, action: `${type}_revision.${step.action}`, subjectType: `${type}_revision`, subjectId: id, entityId,
        details: { from: step.from, to: step.to, ...(comment ? { comment } : {}) }, createdAt: at,
      });
      if (step.action === "approve" || step.action === "reject") [reviewedAt, reviewedBy] = [at, people.reviewer];
      if (step.action === "approve") [publishedRevisionId, publishedAt] = [id, at];
      if (step.action === "retract") [publishedRevisionId, publishedAt] = [null, null];
    }
    revisions.push({
      id, number: i + 1, status: finalStatus, baseRevisionId: revisions.at(-1)?.id ?? null,
      authorId: people.author, createdAt, reviewedAt, reviewedBy,
    });
    t += 3 * DAY + r.int(60 * DAY);
  }
  return { revisions, events, audit, publishedRevisionId, latestRevisionId: revisions.at(-1)!.id, publishedAt };
}

/** Entities: nearly all published, some with a second revision, a few never published. */
export function entityStory(r: Rng): Story {
  const x = r.next();
  if (x < 0.8) return "approved";
  if (x < 0.92) return "approved_twice";
  if (x < 0.95) return "approved_then_pending";
  if (x < 0.98) return "pending";
  return "draft";
}

/** Claims: most published, some edited, some waiting, rejected or retracted. */
export function claimStory(r: Rng): Story {
  const x = r.next();
  if (x < 0.7) return "approved";
  if (x < 0.82) return "approved_twice";
  if (x < 0.87) return "approved_then_pending";
  if (x < 0.9) return "approved_then_rejected";
  if (x < 0.95) return "pending";
  if (x < 0.98) return "draft";
  return "retracted";
}
