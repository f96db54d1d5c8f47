import { eq } from "drizzle-orm";
import { reviewEvents, type ReviewAction, type RevisionStatus } from "@/db/schema";
import { writeAudit } from "@/lib/audit/write-audit";
import type { Ctx } from "@/lib/context";
import { Invalid, InvalidTransition, NotFound } from "@/lib/errors";
import { parseInput } from "@/lib/parse";
import { authorize, requireMember } from "@/lib/policies";
import { announcePublication } from "@/lib/public/public-cache";
import { REVISION_KINDS, REVISION_TYPES } from "@/lib/revisions/kinds";
import { isPublishedRevision } from "@/lib/visibility";
import { findRevisionForUpdate, type RevisionType } from "./find-revision";
import { transitionInput } from "./schema";
import { TRANSITIONS } from "./state-machine";

/** entityId is null for source revisions, which belong to no one page. */
export type TransitionResult = { id: string; type: RevisionType; status: RevisionStatus; entityId: string | null };

/**
 * Moves a revision of any kind (lib/revisions/kinds) through the review workflow:
 * one transaction that checks the rules, changes the state, moves the published
 * pointer when approving or retracting, and writes the review event and the audit row.
 */
export async function transitionRevision(
  ctx: Ctx,
  revisionId: string,
  action: ReviewAction,
  raw: unknown = {},
): Promise<TransitionResult> {
  const actor = requireMember(ctx.actor);
  const { comment } = parseInput(transitionInput, raw ?? {});
  const rule = TRANSITIONS[action];
  if (rule.needsComment && !comment) throw new Invalid("comment: a comment is required to " + action.replace("_", " "));

  const result = await ctx.db.transaction(async (tx) => {
    const rev = await findRevisionForUpdate(tx, revisionId);
    if (!rev) throw new NotFound("Revision");
    const kind = REVISION_KINDS[rev.type];
    authorize(actor, action, { authorId: rev.authorId, authorIds: rev.authorIds });
    if (!rule.from.includes(rev.status)) {
      throw new InvalidTransition(`A ${rev.status.replace("_", " ")} revision cannot be ${pastTense(action)}.`, {
        status: rev.status, action,
      });
    }
    if (action === "retract" && !kind.retract) throw new InvalidTransition(`Only ${RETRACTABLE} can be retracted.`);
    if (action === "retract" && !isPublishedRevision(rev, rev.id)) {
      throw new InvalidTransition(`Only the published revision of a ${kind.noun} can be retracted.`);
    }
    if (action === "approve" && rev.latestRevisionId !== rev.id) {
      throw new InvalidTransition("This revision is stale: a newer revision exists. Review the latest one instead.", {
        latestRevisionId: rev.latestRevisionId,
      });
    }
    if (action === "approve" || action === "submit") {
      const missing = await kind.missing?.(tx, rev.id);
      if (missing) throw new InvalidTransition(`${missing} before it can be ${pastTense(action)}.`);
    }

    const now = new Date();
    const reviewed = action === "approve" || action === "reject" || action === "request_changes";
    const table = kind.table;
    await tx
      .update(table)
      .set({ status: rule.to, ...(reviewed ? { reviewedAt: now, reviewedBy: actor.id } : {}) })
      .where(eq(table.id, rev.id));

    // Only approving and retracting change what is published; search follows in this transaction.
    let kept: Record<string, unknown> = {};
    if (action === "approve") kept = await kind.publish(tx, rev, now);
    if (action === "retract") await kind.retract?.(tx, rev);
    if (action === "approve" || action === "retract") await kind.index(tx, rev.subjectId);

    await tx.insert(reviewEvents).values({
      [kind.eventColumn]: rev.id,
      action,
      fromStatus: rev.status,
      toStatus: rule.to,
      actorId: actor.id,
      comment: comment ?? null,
      createdAt: now,
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: `${rev.type}_revision.${action}`,
      subjectType: `${rev.type}_revision`,
      subjectId: rev.id,
      entityId: rev.entityId,
      details: { from: rev.status, to: rule.to, ...(comment ? { comment } : {}), ...kept },
    });
    return { id: rev.id, type: rev.type, status: rule.to, entityId: rev.entityId };
  });
  // After the commit, so the public cache reloads what the database now says.
  if (action === "approve" || action === "retract") await announcePublication(ctx.db, result.id);
  return result;
}

/** "claims" (the nouns of the kinds that can be retracted, plural). */
const RETRACTABLE = REVISION_TYPES.filter((t) => REVISION_KINDS[t].retract).map((t) => `${REVISION_KINDS[t].noun}s`).join(" and ");

function pastTense(action: ReviewAction): string {
  return { submit: "submitted", withdraw: "withdrawn", approve: "approved", reject: "rejected", request_changes: "sent back for changes", retract: "retracted" }[action];
}
