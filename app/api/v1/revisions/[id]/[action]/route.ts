import { apiRoute } from "@/http/api-route";
import { reviewOperations } from "@/http/operations";
import { transitionRevision } from "@/lib/review/transition";
import { reviewActionForSegment } from "@/lib/review/url-actions";

/** submit | withdraw | approve | reject | request-changes, with an optional {comment}. */
export const POST = apiRoute<{ id: string; action: string }>(Object.values(reviewOperations.transitions), async ({ ctx, params, body }) => {
  const action = reviewActionForSegment(params.action);
  return transitionRevision(ctx, params.id, action, await body());
});
