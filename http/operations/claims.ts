import { createClaimInput, createClaimRevisionInput } from "@/lib/claims/schema";
import { transitionInput } from "@/lib/review/schema";
import * as out from "@/http/openapi/response-schemas";
import type { Operation } from "@/http/operation";

const CLAIM = { id: "Claim id." };

/** Claims about an entity, their revisions and their retraction. */
export const claimOperations = {
  create: {
    method: "post", path: "/entities/{slug}/claims", access: "members", tag: "Claims", summary: "Add a claim about an entity",
    description: "The claim, its first revision (a draft) and its citations. A citation names an existing source by id or gives a new one inline; a known URL reuses its source.",
    params: { slug: "The entity's slug." }, body: createClaimInput,
    ok: [{ status: 201, description: "The new claim, its first revision in `revision`.", schema: out.claimView }],
    errors: [400, 403, 404, 413],
  },
  revise: {
    method: "post", path: "/claims/{id}/revisions", access: "members", tag: "Claims", summary: "Save a new revision of a claim",
    description: "If the base is not the latest revision, nothing is written: 409 with `details.latest` and `details.yours`.",
    params: CLAIM, body: createClaimRevisionInput,
    ok: [{ status: 201, description: "The new revision (a draft).", schema: out.revisionView }],
    errors: [400, 403, 404, 413, 409],
  },
  retract: {
    method: "post", path: "/claims/{id}/retract", access: "reviewers", tag: "Claims", summary: "Retract a published claim",
    description: "Reviewers and admins; a comment is required. The claim leaves the public site and stays in history. 409 when it has no published revision.",
    params: CLAIM, body: transitionInput,
    ok: [{ status: 200, description: "The retracted revision's new status.", schema: out.retractResult }],
    errors: [400, 403, 404, 413, 409],
  },
} satisfies Record<string, Operation>;
