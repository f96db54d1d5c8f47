"use server";

import { redirect } from "next/navigation";
import { runAction } from "@/app/_server/action";
import { restoreEntityRevision } from "@/lib/history/entity-history";

export async function restoreRevisionAction(slug: string, revisionId: string): Promise<{ error: string } | void> {
  const result = await runAction((ctx) => restoreEntityRevision(ctx, slug, revisionId));
  if (!result.ok) return { error: result.error };
  redirect(`/workspace/entities/${slug}/history`);
}
