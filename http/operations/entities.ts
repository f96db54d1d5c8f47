import { submitDraftInput } from "@/lib/collab/submit-draft";
import { createEntityInput, createEntityRevisionInput, getEntityInput, listEntitiesInput } from "@/lib/entities/schema";
import * as out from "@/http/openapi/response-schemas";
import type { Operation } from "@/http/operation";

const SLUG = { slug: "The entity's slug." };

/** /entities: the pages (firms, routes, technologies) and their revisions. */
export const entityOperations = {
  list: {
    method: "get", path: "/entities", access: "anyone", tag: "Entities", summary: "List entities",
    description: "Entities in slug order, a page at a time. The public always gets the published view.",
    query: listEntitiesInput,
    ok: [{ status: 200, description: "A page of entity summaries.", schema: out.entityPage }],
    errors: [400],
  },
  create: {
    method: "post", path: "/entities", access: "members", tag: "Entities", summary: "Create an entity",
    description: "Creates the page with its first revision, a draft by the caller.",
    body: createEntityInput,
    ok: [{ status: 201, description: "The new entity, its first revision in `revision`.", schema: out.entityView }],
    errors: [400, 403, 413],
  },
  get: {
    method: "get", path: "/entities/{slug}", access: "published", tag: "Entities", summary: "Get an entity with its claims",
    description: "view=latest shows members the newest revision and claims in every state; the public gets the published view, and 404 for an unpublished entity.",
    params: SLUG, query: getEntityInput,
    ok: [{ status: 200, description: "The entity.", schema: out.entityView }],
    errors: [400, 404],
  },
  revisions: {
    method: "get", path: "/entities/{slug}/revisions", access: "membersElse404", tag: "Entities", summary: "List an entity's revisions",
    description: "Newest first. Members only: the public gets 404.",
    params: SLUG,
    ok: [{ status: 200, description: "The revisions.", schema: out.revisionList }],
    errors: [404],
  },
  revise: {
    method: "post", path: "/entities/{slug}/revisions", access: "members", tag: "Entities", summary: "Save a new revision of an entity",
    description: "Omitted parts carry over from the base revision. If the base is not the latest revision, nothing is written: 409 with `details.latest`, `details.yours` and `details.merge`, the three-way merge of the edit onto the latest revision (parts and body blocks changed on one side only are taken from that side; `details.merge.parts` and the `conflict` segments of `details.merge.body` are what both sides changed).",
    params: SLUG, body: createEntityRevisionInput,
    ok: [{ status: 201, description: "The new revision (a draft).", schema: out.revisionView }],
    errors: [400, 403, 404, 413, 409],
  },
  draft: {
    method: "get", path: "/entities/{slug}/draft", access: "membersElse404", tag: "Entities", summary: "The shared (co-edited) draft of a page",
    description: "The live draft as JSON — title, aliases, facts (also as `fields`) and body — as it stands now, and who is connected to it. " +
      "A page nobody has opened in the live editor answers its latest revision. Members only: the public gets 404. " +
      "Scripts edit the draft over the WebSocket at /collab (Hocuspocus protocol): the document is named `entity/<entity id>`, its body is " +
      "the Y.XmlFragment `body` and its title, aliases and facts are the keys `title`, `aliases` and `facts` of the Y.Map `fields`; the " +
      "Hocuspocus token is a personal API token (browsers use their session cookie).",
    params: SLUG,
    ok: [{ status: 200, description: "The draft.", schema: out.draftView }],
    errors: [404],
  },
  submitDraft: {
    method: "post", path: "/entities/{slug}/draft/submit", access: "members", tag: "Entities", summary: "Snapshot the shared draft and submit it for review",
    description: "Stores the draft's content as a new page revision (validated like any revision: links must be http(s) or mailto, unknown nodes are " +
      "stripped) and submits it. Everyone who changed the draft since its content was last published is one of the revision's `authors`, and " +
      "none of them may approve it. 409 when there is nothing to submit, or when the page was saved outside the draft and both changed the same parts.",
    params: SLUG, body: submitDraftInput,
    ok: [{ status: 201, description: "The new revision (pending), with its authors.", schema: out.submittedDraft }],
    errors: [400, 403, 404, 413, 409],
  },
} satisfies Record<string, Operation>;
