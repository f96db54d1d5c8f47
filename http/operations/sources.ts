import { createSourceRevisionInput, getSourceInput, sourceInput } from "@/lib/sources/schema";
import * as out from "@/http/openapi/response-schemas";
import type { Operation } from "@/http/operation";

const SOURCE = { id: "Source id." };

/** Source documents, deduplicated by URL, and the reviewed changes to their details. */
export const sourceOperations = {
  create: {
    method: "post", path: "/sources", access: "members", tag: "Sources", summary: "Create a source (or find it by URL)",
    description: "Sources are deduplicated by normalised URL.",
    body: sourceInput,
    ok: [
      { status: 201, description: "A new source.", schema: out.sourceView },
      { status: 200, description: "The existing source for a known URL.", schema: out.sourceView },
    ],
    errors: [400, 403, 413],
  },
  get: {
    method: "get", path: "/sources/{id}", access: "published", tag: "Sources", summary: "Get a source with the claims citing it",
    description: "The public sees a source only once a published claim cites it, and only published claims.",
    params: SOURCE, query: getSourceInput,
    ok: [{ status: 200, description: "The source.", schema: out.sourceWithClaims }],
    errors: [400, 404],
  },
  revisions: {
    method: "get", path: "/sources/{id}/revisions", access: "membersElse404", tag: "Sources", summary: "List the proposed changes to a source",
    description: "Newest first, in every state. Members only: the public gets 404.",
    params: SOURCE,
    ok: [{ status: 200, description: "The revisions, each with the title it proposes.", schema: out.revisionList }],
    errors: [404],
  },
  propose: {
    method: "post", path: "/sources/{id}/revisions", access: "members", tag: "Sources", summary: "Propose new details for a source",
    description:
      "A source's details change only through review: this saves a draft revision; submit it and a reviewer's approval makes it public. " +
      "Omitted details carry over, null clears an optional one; the URL never changes. baseRevisionId is the source's latestRevisionId " +
      "as loaded (null if it had none); otherwise nothing is written: 409 with `details.latest` and `details.yours`.",
    params: SOURCE, body: createSourceRevisionInput,
    ok: [{ status: 201, description: "The new revision (a draft).", schema: out.revisionView }],
    errors: [400, 403, 404, 413, 409],
  },
} satisfies Record<string, Operation>;
