import type { Ctx } from "@/lib/context";
import { InvalidTransition, NotFound } from "@/lib/errors";
import { authorize } from "@/lib/policies";
import { parseId } from "@/lib/ids";
import { publishedClaimRevisionId } from "@/lib/visibility";
import { transitionRevision, type TransitionResult } from "@/lib/review/transition";

export type RetractResult = TransitionResult & { claimId: string };

/**
 * Retracts a claim: its published revision becomes "retracted", so the claim leaves
 * the public site and stays in history. Callers name the claim, not the revision,
 * because that is what a reader sees and cites.
 */
export async function retractClaim(ctx: Ctx, claimId: string, raw: unknown): Promise<RetractResult> {
  // Checked before the lookup, so a contributor learns nothing about the claim's state.
  authorize(ctx.actor, "retract");
  parseId(claimId, "Claim");
  const published = await publishedClaimRevisionId(ctx.db, claimId);
  if (published === undefined) throw new NotFound("Claim");
  if (!published) throw new InvalidTransition("This claim has no published revision to retract.");
  // The transition locks the claim and checks again that this is still its published revision.
  const result = await transitionRevision(ctx, published, "retract", raw);
  return { ...result, claimId };
}
