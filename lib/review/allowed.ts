import type { RevisionStatus } from "@/db/schema";
import type { Actor } from "@/lib/context";
import { can } from "@/lib/policies";
import { REVISION_KINDS, type RevisionType } from "@/lib/revisions/kinds";

export type AllowedActions = { submit: boolean; withdraw: boolean; approve: boolean; reject: boolean; requestChanges: boolean; retract: boolean };

/** Which workflow actions an actor may take on a revision now; the UI shows these, the server checks again. */
export function allowedActions(
  actor: Actor,
  r: { type: RevisionType; status: RevisionStatus; authorId: string; authorIds?: string[]; isLatest: boolean; isPublished: boolean },
): AllowedActions {
  const subject = { authorId: r.authorId, authorIds: r.authorIds };
  const pending = r.status === "pending";
  return {
    submit: r.status === "draft" && r.isLatest && can(actor, "submit", subject),
    withdraw: (r.status === "draft" || pending) && can(actor, "withdraw", subject),
    approve: pending && r.isLatest && can(actor, "approve", subject),
    reject: pending && can(actor, "reject", subject),
    requestChanges: pending && can(actor, "request_changes", subject),
    retract: REVISION_KINDS[r.type].retract !== undefined && r.status === "approved" && r.isPublished && can(actor, "retract", subject),
  };
}
