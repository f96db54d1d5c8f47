import type { ReviewAction, RevisionStatus } from "@/db/schema";

export type { ReviewAction, RevisionStatus };

/** DESIGN.md's one state machine for entity and claim revisions: action → from states → to state. */
export const TRANSITIONS: Record<ReviewAction, { from: readonly RevisionStatus[]; to: RevisionStatus; needsComment: boolean }> = {
  submit: { from: ["draft"], to: "pending", needsComment: false },
  withdraw: { from: ["draft", "pending"], to: "withdrawn", needsComment: false },
  approve: { from: ["pending"], to: "approved", needsComment: false },
  reject: { from: ["pending"], to: "rejected", needsComment: true },
  request_changes: { from: ["pending"], to: "changes_requested", needsComment: true },
  retract: { from: ["approved"], to: "retracted", needsComment: true },
};

export const REVIEW_ACTIONS = Object.keys(TRANSITIONS) as ReviewAction[];
