import { eq } from "drizzle-orm";
import { claimRevisions, claims, entities, entityRevisions, reviewEvents, sourceRevisions, sources, type ReviewAction, type RevisionStatus } from "@/db/schema";
import { writeAudit } from "@/lib/audit/write-audit";
import type { Ctx } from "@/lib/context";
import { Invalid, InvalidTransition, NotFound } from "@/lib/errors";
import { parseInput } from "@/lib/parse";
import { authorize } from "@/lib/policies";
import { indexClaim, indexEntity, indexSource } from "@/lib/search/index-hooks";
import { announcePublication } from "@/lib/public/public-cache";
import { settleContributors } from "@/lib/collab/drafts";
import { sourceDetails, type SourceDetails } from "@/lib/sources/source-details";
import { citationCount, findRevisionForUpdate, type RevisionType } from "./find-revision";
import { transitionInput } from "./schema";
import { TRANSITIONS } from "./state-machine";

/** entityId is null for source revisions, which belong to no one page. */
export type TransitionResult = { id: string; type: RevisionType; status: RevisionStatus; entityId: string | null };

/**
 * Moves a revision (of a page, a claim or a source) through the review workflow:
 * one transaction that checks the rules, changes the state, moves the published
 * pointer when approving or retracting, and writes the review event and the audit row.
 */
export async function transitionRevision(
  ctx: Ctx,
  revisionId: string,
  action: ReviewAction,
  raw: unknown = {},
): Promise<TransitionResult> {
  const actor = authorize(ctx.actor, "read:workspace");
  const { comment } = parseInput(transitionInput, raw ?? {});
  const rule = TRANSITIONS[action];
  if (rule.needsComment && !comment) throw new Invalid("comment: a comment is required to " + action.replace("_", " "));

  const result = await ctx.db.transaction(async (tx) => {
    const rev = await findRevisionForUpdate(tx, revisionId);
    if (!rev) throw new NotFound("Revision");
    authorize(actor, action, { authorId: rev.authorId, authorIds: rev.authorIds });
    if (!rule.from.includes(rev.status)) {
      throw new InvalidTransition(`A ${rev.status.replace("_", " ")} revision cannot be ${pastTense(action)}.`, {
        status: rev.status, action,
      });
    }
    if (action === "retract" && rev.type !== "claim") throw new InvalidTransition("Only claims can be retracted.");
    if (action === "retract" && rev.publishedRevisionId !== rev.id) {
      throw new InvalidTransition("Only the published revision of a claim can be retracted.");
    }
    if (action === "approve" && rev.latestRevisionId !== rev.id) {
      throw new InvalidTransition("This revision is stale: a newer revision exists. Review the latest one instead.", {
        latestRevisionId: rev.latestRevisionId,
      });
    }
    if ((action === "approve" || action === "submit") && rev.type === "claim" && (await citationCount(tx, rev.id)) === 0) {
      throw new InvalidTransition("A claim needs at least one citation before it can be " + pastTense(action) + ".");
    }

    const now = new Date();
    const reviewed = action === "approve" || action === "reject" || action === "request_changes";
    const table = REVISION_TABLES[rev.type];
    let replaced: SourceDetails | null = null;
    const [updated] = await tx
      .update(table)
      .set({ status: rule.to, ...(reviewed ? { reviewedAt: now, reviewedBy: actor.id } : {}) })
      .where(eq(table.id, rev.id))
      .returning();

    if (action === "approve" && rev.type === "entity") {
      await tx.update(entities).set({ publishedRevisionId: rev.id, publishedAt: now }).where(eq(entities.id, rev.subjectId));
      await settleContributors(tx, rev.id);
    } else if (action === "approve" && rev.type === "claim") {
      await tx.update(claims).set({ publishedRevisionId: rev.id, publishedAt: now }).where(eq(claims.id, rev.subjectId));
    } else if (action === "approve") {
      // A source's row holds its public details: approving copies the revision's onto it,
      // and the audit row keeps the details it replaced, so no version is ever lost.
      const [current] = await tx.select().from(sources).where(eq(sources.id, rev.subjectId));
      replaced = sourceDetails(current!);
      const details = sourceDetails(updated as typeof sourceRevisions.$inferSelect);
      await tx.update(sources).set({ ...details, publishedRevisionId: rev.id }).where(eq(sources.id, rev.subjectId));
    } else if (action === "retract") {
      await tx.update(claims).set({ publishedRevisionId: null }).where(eq(claims.id, rev.subjectId));
    }
    // Only approving and retracting change what is published; search follows in this transaction.
    if (action === "approve" || action === "retract") {
      const index = { entity: indexEntity, claim: indexClaim, source: indexSource }[rev.type];
      await index(tx, rev.subjectId);
    }

    await tx.insert(reviewEvents).values({
      entityRevisionId: rev.type === "entity" ? rev.id : null,
      claimRevisionId: rev.type === "claim" ? rev.id : null,
      sourceRevisionId: rev.type === "source" ? rev.id : null,
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
      details: { from: rev.status, to: rule.to, ...(comment ? { comment } : {}), ...(replaced ? { replaced } : {}) },
    });
    return { id: rev.id, type: rev.type, status: rule.to, entityId: rev.entityId };
  });
  // After the commit, so the public cache reloads what the database now says.
  if (action === "approve" || action === "retract") await announcePublication(ctx.db, result.id);
  return result;
}

const REVISION_TABLES = { entity: entityRevisions, claim: claimRevisions, source: sourceRevisions } as const;

function pastTense(action: ReviewAction): string {
  return { submit: "submitted", withdraw: "withdrawn", approve: "approved", reject: "rejected", request_changes: "sent back for changes", retract: "retracted" }[action];
}
