import type { z } from "zod";
import { auditQueryInput } from "@/lib/audit/queries";
import { createClaimInput, createClaimRevisionInput } from "@/lib/claims/schema";
import { submitDraftInput } from "@/lib/collab/submit-draft";
import { createEntityInput, createEntityRevisionInput, getEntityInput, listEntitiesInput } from "@/lib/entities/schema";
import { reviewQueueInput, transitionInput } from "@/lib/review/schema";
import { REVISION_URL_ACTIONS, type RevisionUrlAction } from "@/lib/review/url-actions";
import { graphFilters } from "@/lib/graph/schema";
import { createSourceRevisionInput, getSourceInput, sourceInput } from "@/lib/sources/schema";
import { searchInput } from "@/lib/search/schema";
import { graphData } from "./public-response-schemas";
import * as out from "./response-schemas";

/** One documented operation of /api/v1; http/openapi/document.ts turns the list into the OpenAPI paths. */
export type Operation = {
  method: "get" | "post";
  /** Path under /api/v1, with {name} for path parameters. */
  path: string;
  tag: "Entities" | "Claims" | "Sources" | "Review" | "Audit" | "Search" | "Open data" | "Meta";
  summary: string;
  description?: string;
  /** Descriptions of the path parameters, by name. */
  params?: Record<string, string>;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** Success answers; a schema must be one of the registered components. */
  ok: Array<{ status: 200 | 201; description: string; schema?: z.ZodType; /** Other than application/json: the body is a file. */ contentType?: string }>;
  /** Error statuses besides 401 (any call with a bad token) and 429, which every wrapped operation may answer. */
  errors: Array<400 | 403 | 404 | 409 | 413>;
  /** Only signed-in callers (token or session). */
  members?: boolean;
  /** Served without the API wrapper or a look at the caller, so never 401 or 429. */
  callerFree?: boolean;
};

const SLUG = { slug: "The entity's slug." };
const REVISION = { id: "Revision id (entity or claim revision: ids are unique across both)." };
const WRITE_ERRORS = [400, 403, 404, 413] as const;

const ACTION_TEXT: Record<RevisionUrlAction, { summary: string; description: string }> = {
  submit: { summary: "Submit a draft for review", description: "The author only. A claim revision needs at least one citation." },
  withdraw: { summary: "Withdraw a draft or pending revision", description: "The author only." },
  approve: {
    summary: "Approve a pending revision (publishes it)",
    description: "A reviewer or admin who is not the author. Refused with 409 for a stale revision (a newer one exists) or a claim without citations.",
  },
  reject: { summary: "Reject a pending revision", description: "A reviewer or admin who is not the author; a comment is required." },
  "request-changes": {
    summary: "Send a pending revision back for changes",
    description: "A reviewer or admin who is not the author; a comment is required.",
  },
};

const transitions: Operation[] = (Object.keys(REVISION_URL_ACTIONS) as RevisionUrlAction[]).map((action) => ({
  method: "post",
  path: `/revisions/{id}/${action}`,
  tag: "Review",
  ...ACTION_TEXT[action],
  params: REVISION,
  body: transitionInput,
  ok: [{ status: 200, description: "The revision's new status.", schema: out.transitionResult }],
  errors: [...WRITE_ERRORS, 409],
  members: true,
}));

export const OPERATIONS: Operation[] = [
  {
    method: "get", path: "/entities", tag: "Entities", summary: "List entities",
    description: "Entities in slug order, a page at a time. The public always gets the published view.",
    query: listEntitiesInput,
    ok: [{ status: 200, description: "A page of entity summaries.", schema: out.entityPage }],
    errors: [400],
  },
  {
    method: "post", path: "/entities", tag: "Entities", summary: "Create an entity",
    description: "Creates the page with its first revision, a draft by the caller.",
    body: createEntityInput,
    ok: [{ status: 201, description: "The new entity, its first revision in `revision`.", schema: out.entityView }],
    errors: [400, 403, 413], members: true,
  },
  {
    method: "get", path: "/entities/{slug}", tag: "Entities", summary: "Get an entity with its claims",
    description: "view=latest shows members the newest revision and claims in every state; the public gets the published view, and 404 for an unpublished entity.",
    params: SLUG, query: getEntityInput,
    ok: [{ status: 200, description: "The entity.", schema: out.entityView }],
    errors: [400, 404],
  },
  {
    method: "get", path: "/entities/{slug}/revisions", tag: "Entities", summary: "List an entity's revisions",
    description: "Newest first. Members only: the public gets 404.",
    params: SLUG,
    ok: [{ status: 200, description: "The revisions.", schema: out.revisionList }],
    errors: [404],
  },
  {
    method: "post", path: "/entities/{slug}/revisions", tag: "Entities", summary: "Save a new revision of an entity",
    description: "Omitted parts carry over from the base revision. If the base is not the latest revision, nothing is written: 409 with `details.latest`, `details.yours` and `details.merge`, the three-way merge of the edit onto the latest revision (parts and body blocks changed on one side only are taken from that side; `details.merge.parts` and the `conflict` segments of `details.merge.body` are what both sides changed).",
    params: SLUG, body: createEntityRevisionInput,
    ok: [{ status: 201, description: "The new revision (a draft).", schema: out.revisionView }],
    errors: [...WRITE_ERRORS, 409], members: true,
  },
  {
    method: "get", path: "/entities/{slug}/draft", tag: "Entities", summary: "The shared (co-edited) draft of a page",
    description: "The live draft as JSON — title, aliases, facts (also as `fields`) and body — as it stands now, and who is connected to it. " +
      "A page nobody has opened in the live editor answers its latest revision. Members only: the public gets 404. " +
      "Scripts edit the draft over the WebSocket at /collab (Hocuspocus protocol): the document is named `entity/<entity id>`, its body is " +
      "the Y.XmlFragment `body` and its title, aliases and facts are the keys `title`, `aliases` and `facts` of the Y.Map `fields`; the " +
      "Hocuspocus token is a personal API token (browsers use their session cookie).",
    params: SLUG,
    ok: [{ status: 200, description: "The draft.", schema: out.draftView }],
    errors: [404],
  },
  {
    method: "post", path: "/entities/{slug}/draft/submit", tag: "Entities", summary: "Snapshot the shared draft and submit it for review",
    description: "Stores the draft's content as a new page revision (validated like any revision: links must be http(s) or mailto, unknown nodes are " +
      "stripped) and submits it. Everyone who changed the draft since its content was last published is one of the revision's `authors`, and " +
      "none of them may approve it. 409 when there is nothing to submit, or when the page was saved outside the draft and both changed the same parts.",
    params: SLUG, body: submitDraftInput,
    ok: [{ status: 201, description: "The new revision (pending), with its authors.", schema: out.submittedDraft }],
    errors: [...WRITE_ERRORS, 409], members: true,
  },
  {
    method: "post", path: "/entities/{slug}/claims", tag: "Claims", summary: "Add a claim about an entity",
    description: "The claim, its first revision (a draft) and its citations. A citation names an existing source by id or gives a new one inline; a known URL reuses its source.",
    params: SLUG, body: createClaimInput,
    ok: [{ status: 201, description: "The new claim, its first revision in `revision`.", schema: out.claimView }],
    errors: [...WRITE_ERRORS], members: true,
  },
  {
    method: "post", path: "/claims/{id}/revisions", tag: "Claims", summary: "Save a new revision of a claim",
    description: "If the base is not the latest revision, nothing is written: 409 with `details.latest` and `details.yours`.",
    params: { id: "Claim id." }, body: createClaimRevisionInput,
    ok: [{ status: 201, description: "The new revision (a draft).", schema: out.revisionView }],
    errors: [...WRITE_ERRORS, 409], members: true,
  },
  {
    method: "post", path: "/claims/{id}/retract", tag: "Claims", summary: "Retract a published claim",
    description: "Reviewers and admins; a comment is required. The claim leaves the public site and stays in history. 409 when it has no published revision.",
    params: { id: "Claim id." }, body: transitionInput,
    ok: [{ status: 200, description: "The retracted revision's new status.", schema: out.retractResult }],
    errors: [...WRITE_ERRORS, 409], members: true,
  },
  {
    method: "post", path: "/sources", tag: "Sources", summary: "Create a source (or find it by URL)",
    description: "Sources are deduplicated by normalised URL.",
    body: sourceInput,
    ok: [
      { status: 201, description: "A new source.", schema: out.sourceView },
      { status: 200, description: "The existing source for a known URL.", schema: out.sourceView },
    ],
    errors: [400, 403, 413], members: true,
  },
  {
    method: "get", path: "/sources/{id}", tag: "Sources", summary: "Get a source with the claims citing it",
    description: "The public sees a source only once a published claim cites it, and only published claims.",
    params: { id: "Source id." }, query: getSourceInput,
    ok: [{ status: 200, description: "The source.", schema: out.sourceWithClaims }],
    errors: [400, 404],
  },
  {
    method: "get", path: "/sources/{id}/revisions", tag: "Sources", summary: "List the proposed changes to a source",
    description: "Newest first, in every state. Members only: the public gets 404.",
    params: { id: "Source id." },
    ok: [{ status: 200, description: "The revisions, each with the title it proposes.", schema: out.revisionList }],
    errors: [404],
  },
  {
    method: "post", path: "/sources/{id}/revisions", tag: "Sources", summary: "Propose new details for a source",
    description:
      "A source's details change only through review: this saves a draft revision; submit it and a reviewer's approval makes it public. " +
      "Omitted details carry over, null clears an optional one; the URL never changes. baseRevisionId is the source's latestRevisionId " +
      "as loaded (null if it had none); otherwise nothing is written: 409 with `details.latest` and `details.yours`.",
    params: { id: "Source id." }, body: createSourceRevisionInput,
    ok: [{ status: 201, description: "The new revision (a draft).", schema: out.revisionView }],
    errors: [...WRITE_ERRORS, 409], members: true,
  },
  {
    method: "get", path: "/revisions/{id}", tag: "Review", summary: "Get a revision with its diff and review history",
    description: "Members only. The diff compares with the published revision; `allowed` says what the caller may do now.",
    params: REVISION,
    ok: [{ status: 200, description: "The revision.", schema: out.revisionDetail }],
    errors: [404], members: true,
  },
  ...transitions,
  {
    method: "get", path: "/review-queue", tag: "Review", summary: "Pending revisions, oldest first",
    description: "Members only. `canReview` is false for the caller's own work or when the caller is not a reviewer.",
    query: reviewQueueInput,
    ok: [{ status: 200, description: "The queue.", schema: out.reviewQueue }],
    errors: [400], members: true,
  },
  {
    method: "get", path: "/audit", tag: "Audit", summary: "Read the audit log",
    description: "Reviewers and admins. Newest first; page with `before` = the last row's id.",
    query: auditQueryInput,
    ok: [{ status: 200, description: "Audit rows.", schema: out.auditLog }],
    errors: [400, 403], members: true,
  },
  {
    method: "get", path: "/search", tag: "Search", summary: "Search entities, claims and sources",
    description:
      "Web-search syntax in `q` (\"a phrase\", OR, -excluded); accents do not matter; Cyrillic names are also found by their Latin " +
      "spelling and the other way round; Chinese by any two consecutive characters; names with a small misspelling still match. " +
      "Snippets mark matched words with U+E000 before and U+E001 after them. Facets count matches per kind, country and CHPL tier, " +
      "each under the other two filters. scope=workspace includes drafts and pending work for members; a signed-out caller always " +
      "gets the published scope, and `scope` in the answer says which was searched.",
    query: searchInput,
    ok: [{ status: 200, description: "A page of hits, the total and the facets.", schema: out.searchResponse }],
    errors: [400],
  },
  ...OPEN_DATA_OPERATIONS(),
  {
    method: "get", path: "/openapi.json", tag: "Meta", summary: "This document",
    ok: [{ status: 200, description: "The OpenAPI 3.1 document." }],
    errors: [], callerFree: true,
  },
];

/** The public edition's open data: the relationship graph and the two streamed downloads. */
function OPEN_DATA_OPERATIONS(): Operation[] {
  return [
    {
      method: "get", path: "/graph", tag: "Open data", summary: "The published relationship graph",
      description:
        "Published entities as nodes and published claims naming a published object entity as edges (claims with the same subject, " +
        "predicate and object merged, with their count and firmest confidence). Always the published graph, whoever asks.",
      query: graphFilters,
      ok: [{ status: 200, description: "Nodes and edges.", schema: graphData }],
      errors: [400],
    },
    {
      method: "get", path: "/export/entities.ftm.json", tag: "Open data", summary: "Published data as FollowTheMoney JSON lines",
      description:
        "Streamed, one FtM entity per line: {id, schema, properties (every value a list of strings), provenance}. Company, Sanction, " +
        "Ownership, EconomicActivity, UnknownLink and Note; every reference points at an id in the file. Published data only, whoever asks.",
      ok: [{ status: 200, description: "application/x-ndjson, as a download.", contentType: "application/x-ndjson" }],
      errors: [],
    },
    {
      method: "get", path: "/export/claims.csv", tag: "Open data", summary: "Published claims with their citations as CSV",
      description: "Streamed RFC 4180 CSV with a header row, one row per citation of each published claim. Published data only, whoever asks.",
      ok: [{ status: 200, description: "text/csv, as a download.", contentType: "text/csv" }],
      errors: [],
    },
  ];
}
