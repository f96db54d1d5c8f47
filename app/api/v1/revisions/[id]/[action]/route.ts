import { apiRoute } from "@/http/api-route";
import { transitionRevision } from "@/lib/review/transition";
import { reviewActionForSegment } from "@/lib/review/url-actions";

/** submit | withdraw | approve | reject | request-changes, with an optional {comment}. */
export const POST = apiRoute<{ id: string; action: string }>(async ({ ctx, params, body }) => {
  const action = reviewActionForSegment(params.action);
  return transitionRevision(ctx, params.id, action, await body());
});
