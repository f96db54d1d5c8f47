import { eq } from "drizzle-orm";
import { claims } from "@/db/schema";
import { requireActor, type Ctx } from "@/lib/context";
import { Forbidden, InvalidTransition, NotFound } from "@/lib/errors";
import { can, refusal } from "@/lib/policies";
import { transitionRevision, type TransitionResult } from "@/lib/review/transition";

export type RetractResult = TransitionResult & { claimId: string };

/**
 * Retracts a claim: its published revision becomes "retracted", so the claim leaves
 * the public site and stays in history. Callers name the claim, not the revision,
 * because that is what a reader sees and cites.
 */
export async function retractClaim(ctx: Ctx, claimId: string, raw: unknown): Promise<RetractResult> {
  const actor = requireActor(ctx);
  // Checked before the lookup, so a contributor learns nothing about the claim's state.
  if (!can(actor, "retract")) throw new Forbidden(refusal(actor, "retract"));
  if (!/^[0-9a-f-]{36}$/i.test(claimId)) throw new NotFound("Claim");
  const [claim] = await ctx.db
    .select({ publishedRevisionId: claims.publishedRevisionId })
    .from(claims)
    .where(eq(claims.id, claimId));
  if (!claim) throw new NotFound("Claim");
  if (!claim.publishedRevisionId) throw new InvalidTransition("This claim has no published revision to retract.");
  // The transition locks the claim and checks again that this is still its published revision.
  const result = await transitionRevision(ctx, claim.publishedRevisionId, "retract", raw);
  return { ...result, claimId };
}
