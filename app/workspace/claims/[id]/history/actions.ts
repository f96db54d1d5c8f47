"use server";

import { redirect } from "next/navigation";
import { runAction } from "@/app/_server/action";
import { restoreClaimRevision } from "@/lib/history/claim-history";

export async function restoreClaimRevisionAction(claimId: string, revisionId: string): Promise<{ error: string } | void> {
  const result = await runAction((ctx) => restoreClaimRevision(ctx, claimId, revisionId));
  if (!result.ok) return { error: result.error };
  redirect(`/workspace/claims/${claimId}/history`);
}
