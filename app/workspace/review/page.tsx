import type { Metadata } from "next";
import { workspaceContext } from "@/app/_server/workspace";
import { ReviewQueue } from "@/components/review/review-queue";
import { reviewQueue } from "@/lib/review/queue";
import { isReviewer } from "@/lib/policies";

export const metadata: Metadata = { title: "Review queue" };

export default async function ReviewQueuePage() {
  const ctx = await workspaceContext("/workspace/review");
  const queue = await reviewQueue(ctx);
  return (
    <div>
      <h1 className="text-2xl font-semibold tracking-tight">Review queue</h1>
      <p className="mb-6 mt-1 text-muted">
        {isReviewer(ctx.actor)
          ? "Pending revisions, oldest first. Nothing is published until a reviewer other than its author approves it."
          : "Pending revisions, oldest first. Reviewers approve, reject or send them back; you can follow your own here."}
      </p>
      <ReviewQueue initial={queue} />
    </div>
  );
}
