import type { ReviewSummary } from "@/lib/entities/review-summary";
import { formatTimestamp } from "@/lib/format";

/** "Last reviewed 3 May 2024 · 2 reviewers": how recently, and by how many people, what the page shows was checked. */
export function ReviewNote({ review }: { review: ReviewSummary }) {
  if (!review.lastReviewedAt) return null;
  return (
    <span>
      Last reviewed <time dateTime={review.lastReviewedAt}>{formatTimestamp(review.lastReviewedAt)}</time>
      {" · "}
      {review.reviewerCount} {review.reviewerCount === 1 ? "reviewer" : "reviewers"}
    </span>
  );
}
