import { reviewQueueInput, transitionInput } from "@/lib/review/schema";
import { REVISION_URL_ACTIONS, type RevisionUrlAction } from "@/lib/review/url-actions";
import * as out from "@/http/openapi/response-schemas";
import type { Access } from "@/http/access";
import type { Operation } from "@/http/operation";

const REVISION = { id: "Revision id (entity or claim revision: ids are unique across both)." };

const ACTIONS: Record<RevisionUrlAction, { access: Access; summary: string; description: string }> = {
  submit: { access: "author", summary: "Submit a draft for review", description: "The author only. A claim revision needs at least one citation." },
  withdraw: { access: "author", summary: "Withdraw a draft or pending revision", description: "The author only." },
  approve: {
    access: "review",
    summary: "Approve a pending revision (publishes it)",
    description: "A reviewer or admin who is not the author. Refused with 409 for a stale revision (a newer one exists) or a claim without citations.",
  },
  reject: { access: "review", summary: "Reject a pending revision", description: "A reviewer or admin who is not the author; a comment is required." },
  "request-changes": {
    access: "review",
    summary: "Send a pending revision back for changes",
    description: "A reviewer or admin who is not the author; a comment is required.",
  },
};

/** POST /revisions/{id}/{action}: one operation per workflow action, all served by one route. */
const transition = (action: RevisionUrlAction): Operation => ({
  method: "post",
  path: `/revisions/{id}/${action}`,
  tag: "Review",
  ...ACTIONS[action],
  params: REVISION,
  body: transitionInput,
  ok: [{ status: 200, description: "The revision's new status.", schema: out.transitionResult }],
  errors: [400, 403, 404, 413, 409],
});
const transitions = Object.fromEntries(
  (Object.keys(REVISION_URL_ACTIONS) as RevisionUrlAction[]).map((action) => [action, transition(action)]),
) as Record<RevisionUrlAction, Operation>;

/** The review workflow: a revision with its diff, its transitions, and the queue. */
export const reviewOperations = {
  revision: {
    method: "get", path: "/revisions/{id}", access: "members", tag: "Review", summary: "Get a revision with its diff and review history",
    description: "Members only. The diff compares with the published revision; `allowed` says what the caller may do now.",
    params: REVISION,
    ok: [{ status: 200, description: "The revision.", schema: out.revisionDetail }],
    errors: [404],
  },
  transitions,
  queue: {
    method: "get", path: "/review-queue", access: "members", tag: "Review", summary: "Pending revisions, oldest first",
    description: "Members only. `canReview` is false for the caller's own work or when the caller is not a reviewer.",
    query: reviewQueueInput,
    ok: [{ status: 200, description: "The queue.", schema: out.reviewQueue }],
    errors: [400],
  },
} satisfies Record<string, Operation | Record<string, Operation>>;
