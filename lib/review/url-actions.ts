import type { ReviewAction } from "@/db/schema";
import { NotFound } from "@/lib/errors";

/**
 * The actions of POST /revisions/{id}/{action}, as spelled in the URL. Retraction is
 * not among them: it goes through POST /claims/{id}/retract, which finds the published revision.
 */
export const REVISION_URL_ACTIONS = {
  submit: "submit",
  withdraw: "withdraw",
  approve: "approve",
  reject: "reject",
  "request-changes": "request_changes",
} as const satisfies Record<string, ReviewAction>;

export type RevisionUrlAction = keyof typeof REVISION_URL_ACTIONS;

/** The review action a URL segment names; an unknown one is a route that does not exist (404). */
export function reviewActionForSegment(segment: string): ReviewAction {
  if (!Object.hasOwn(REVISION_URL_ACTIONS, segment)) {
    throw new NotFound(`The review action "${segment.slice(0, 40)}"`);
  }
  return REVISION_URL_ACTIONS[segment as RevisionUrlAction];
}
