import { z } from "zod";
import { auditQueryInput } from "@/lib/audit/queries";
import { citationInput, createClaimInput, createClaimRevisionInput } from "@/lib/claims/schema";
import { bodyDoc } from "@/lib/editor/body-schema";
import { FIELD_SCHEMAS } from "@/lib/entities/fields";
import { submitDraftInput } from "@/lib/collab/submit-draft";
import { alias, createEntityInput, createEntityRevisionInput, listEntitiesInput } from "@/lib/entities/schema";
import { reviewQueueInput, transitionInput } from "@/lib/review/schema";
import { createSourceRevisionInput, sourceInput } from "@/lib/sources/schema";
import { searchInput } from "@/lib/search/schema";
import { viewParam } from "@/lib/validation";
import { OPERATIONS } from "@/http/operations";
import { SIGNED_IN_ONLY } from "@/http/access";
import type { Operation } from "@/http/operation";
import { graphFilters } from "@/lib/graph/schema";
import { graphData, graphEdge, graphNode } from "./public-response-schemas";
import * as out from "./response-schemas";

/**
 * The OpenAPI 3.1 document of /api/v1, generated from the zod schemas the handlers
 * parse with (requests) and the ones the lib result types are checked against
 * (responses), by zod's own z.toJSONSchema. Nothing here is written twice by hand.
 */

type Meta = { id?: string; description?: string };
const docs = z.registry<Meta>();
const SCHEMA_OPTIONS = { io: "input", unrepresentable: "any", metadata: docs } as const;
const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

/** Named schemas: each becomes components.schemas[id], and any use of it elsewhere a $ref. */
const COMPONENTS: Array<[z.ZodType, string, string]> = [
  [out.errorBody, "Error", "Every error: { error: { code, message, details? } }."],
  [createEntityInput, "CreateEntityInput", "A new entity page and its first revision."],
  [createEntityRevisionInput, "CreateEntityRevisionInput", "A new revision of an entity; omitted parts carry over."],
  [createClaimInput, "CreateClaimInput", "A new claim about the entity of the path."],
  [createClaimRevisionInput, "CreateClaimRevisionInput", "A new revision of a claim: the whole claim, as it should now read."],
  [citationInput, "CitationInput", "A citation: sourceId of an existing source, or source to create (or reuse by URL)."],
  [sourceInput, "SourceInput", "A source document."],
  [createSourceRevisionInput, "CreateSourceRevisionInput", "Proposed new details of a source; omitted ones carry over, null clears."],
  [transitionInput, "TransitionInput", "An optional comment; required to reject, request changes or retract."],
  [alias, "Alias", "Another name, in any script, with a language tag."],
  [FIELD_SCHEMAS.firm, "FirmFields", "Entity fields of a firm."],
  [FIELD_SCHEMAS.route, "RouteFields", "Entity fields of a route."],
  [FIELD_SCHEMAS.technology, "TechnologyFields", "Entity fields of a technology."],
  [out.entityView, "Entity", "An entity as the caller may see it, with its claims."],
  [out.entitySummary, "EntitySummary", "An entity in a list."],
  [out.entityPage, "EntityPage", "A page of entities; pass nextCursor as cursor for the next one."],
  [out.entityRef, "EntityRef", "Slug, kind and title of a linked entity."],
  [out.claimView, "Claim", "A claim as the caller may see it, with its citations."],
  [out.citationView, "Citation", "A claim's citation of a source."],
  [out.sourceSummary, "SourceSummary", "A source as cited."],
  [out.sourceView, "Source", "A source document."],
  [out.sourceWithClaims, "SourceWithClaims", "A source and the claims citing it."],
  [out.revisionRef, "RevisionRef", "Which revision is shown."],
  [out.revisionView, "Revision", "A revision of an entity, a claim or a source's details."],
  [submitDraftInput, "SubmitDraftInput", "The edit summary of a snapshot of the shared draft."],
  [out.submittedDraft, "SubmittedDraft", "A snapshot of the shared draft: a pending page revision and all its authors."],
  [out.draftView, "Draft", "The shared draft of a page as it stands, and who is connected to it."],
  [out.revisionWithAuthor, "RevisionWithAuthor", "A revision with its author's name."],
  [out.revisionListItem, "RevisionListItem", "A revision in an entity's or a source's history, with its author's name and title."],
  [out.revisionList, "RevisionList", "Revisions, newest first."],
  [out.revisionDetail, "RevisionDetail", "A revision with its diff, citations, review events and allowed actions."],
  [out.transitionResult, "TransitionResult", "A revision after a workflow transition."],
  [out.retractResult, "RetractResult", "A claim's revision after retraction."],
  [out.queueItem, "QueueItem", "A pending revision in the review queue."],
  [out.reviewQueue, "ReviewQueue", "Pending revisions, oldest submission first."],
  [out.auditRow, "AuditRow", "Who did what to which subject, when."],
  [out.auditLog, "AuditLog", "Audit rows, newest first."],
  [graphData, "Graph", "The published relationship graph: entities as nodes, claims between them as edges."],
  [graphNode, "GraphNode", "A published entity; countries are a firm's country or a route's origin, transit and destination."],
  [graphEdge, "GraphEdge", "Published claims from source to target with one predicate, merged."],
  [out.searchHit, "SearchHit", "An entity, claim or source that matched; for a claim, slug and kind are its subject's."],
  [out.searchResponse, "SearchResult", "A page of hits, the total number of matches and facet counts."],
];

/** Descriptions of fields and query parameters (the lib schemas carry theirs as JSDoc, invisible at run time). */
const DESCRIPTIONS: Array<[z.ZodType, string]> = [
  [createEntityInput.shape.fields, "Kind-specific fields, validated per kind: FirmFields, RouteFields or TechnologyFields."],
  [createEntityRevisionInput.shape.fields, "Kind-specific fields, validated per kind: FirmFields, RouteFields or TechnologyFields."],
  [out.entityView.shape.fields, "Kind-specific fields: FirmFields, RouteFields or TechnologyFields."],
  [bodyDoc, "Page body as tiptap JSON: {type: \"doc\", content: [...]}, allowed nodes and marks only."],
  [listEntitiesInput.shape.kind, "Only entities of this kind."],
  [listEntitiesInput.shape.limit, "Page size."],
  [listEntitiesInput.shape.cursor, "nextCursor of the previous page."],
  [viewParam, "published (default) or latest. latest needs a member; the public always gets published."],
  [auditQueryInput.shape.subjectId, "Rows about this subject (entity, revision, claim, source, user or token id), or about everything in this entity."],
  [auditQueryInput.shape.limit, "Page size."],
  [auditQueryInput.shape.before, "Rows older than this row id, for paging."],
  [reviewQueueInput.shape.limit, "At most this many items."],
  [graphFilters.shape.kind, "Only entities of this kind, and the links between them."],
  [graphFilters.shape.country, "Only entities tied to this country (ISO 3166-1 alpha-2), and technologies linked to them."],
  [graphFilters.shape.predicate, "Only links with this predicate, and the entities they join."],
  [searchInput.shape.q, "Words to look for: web-search syntax (\"a phrase\", OR, -excluded), 1–200 characters."],
  [searchInput.shape.kind, "Only results of this kind: firm, route or technology pages, claims, or sources."],
  [searchInput.shape.country, "Only results about this country (ISO 3166-1 alpha-2)."],
  [searchInput.shape.tier, "Only technologies on this Common High Priority List tier, and claims about them."],
  [searchInput.shape.scope, "published (default) or workspace (drafts and pending work too; members only, the public gets published)."],
  [searchInput.shape.limit, "Page size, 1–50."],
  [searchInput.shape.offset, "Matches to skip, for paging (at most 1000)."],
  [out.searchHit.shape.snippet, "Text around the matches; each matched word sits between U+E000 and U+E001."],
];

const ERROR_RESPONSES = {
  400: ["BadRequest", "Invalid input: `details.issues` lists each problem by path."],
  401: ["Unauthorized", "Not signed in, or an invalid or revoked API token."],
  403: ["Forbidden", "Signed in, but the role may not do this (e.g. review one's own work)."],
  404: ["NotFound", "Not found, or not visible to the caller."],
  409: ["Conflict", "Conflict (the base revision is not the latest) or an illegal workflow transition."],
  413: ["TooLarge", "The request body is larger than 1 MB."],
  429: ["TooManyRequests", "Too many requests; retry after the Retry-After header."],
} as const;

const MEMBERS = [{ bearerAuth: [] }, { sessionCookie: [] }];

function componentSchemas(): Record<string, unknown> {
  for (const [schema, description] of DESCRIPTIONS) docs.add(schema, { description });
  for (const [schema, id, description] of COMPONENTS) docs.add(schema, { id, description });
  const { schemas } = z.toJSONSchema(docs, { ...SCHEMA_OPTIONS, uri: (id) => `#/components/schemas/${id}` });
  // Each comes out as a standalone JSON Schema document; inside OpenAPI those two keys do not belong.
  return Object.fromEntries(
    Object.entries(schemas).map(([id, { $schema: _dialect, $id: _id, ...schema }]) => [id, schema]),
  );
}

function componentId(schema: z.ZodType): string {
  const id = docs.get(schema)?.id;
  if (!id) throw new Error("An operation uses a schema that is not a registered component.");
  return id;
}

function parameters(op: Operation) {
  const fromPath = [...op.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
    name, in: "path", required: true, description: op.params?.[name!], schema: { type: "string" },
  }));
  if (!op.query) return fromPath;
  const query = z.toJSONSchema(op.query, SCHEMA_OPTIONS) as { properties?: Record<string, { description?: string }>; required?: string[] };
  const fromQuery = Object.entries(query.properties ?? {}).map(([name, schema]) => ({
    name, in: "query", required: query.required?.includes(name) ?? false, description: schema.description, schema,
  }));
  return [...fromPath, ...fromQuery];
}

/** A body is optional when sending none ({}) would pass its schema, as for a transition's comment. */
function requestBody(schema: z.ZodType) {
  return {
    required: !schema.safeParse({}).success,
    content: { "application/json": { schema: ref(componentId(schema)) } },
  };
}

/** "post /entities/{slug}/claims" → "postEntitiesBySlugClaims": stable names for generated clients. */
function operationId(op: Operation): string {
  const words = op.path.replace(/\{(\w+)\}/g, "by-$1").split(/[^A-Za-z0-9]+/).filter(Boolean);
  return op.method + words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join("");
}

function operation(op: Operation) {
  const responses: Record<string, unknown> = {};
  for (const ok of op.ok) {
    responses[ok.status] = {
      description: ok.description,
      content: ok.contentType
        ? { [ok.contentType]: { schema: { type: "string" } } }
        : { "application/json": { schema: ok.schema ? ref(componentId(ok.schema)) : { type: "object" } } },
    };
  }
  const errors: Array<keyof typeof ERROR_RESPONSES> = op.callerFree ? op.errors : [...op.errors, 401, 429];
  for (const status of errors.sort((a, b) => a - b)) responses[status] = { $ref: `#/components/responses/${ERROR_RESPONSES[status][0]}` };
  return {
    tags: [op.tag],
    summary: op.summary,
    ...(op.description ? { description: op.description } : {}),
    operationId: operationId(op),
    parameters: parameters(op),
    ...(op.body ? { requestBody: requestBody(op.body) } : {}),
    responses,
    ...(SIGNED_IN_ONLY.has(op.access) ? { security: MEMBERS } : op.callerFree ? { security: [] } : {}),
  };
}

function build() {
  const schemas = componentSchemas();
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of OPERATIONS) (paths[op.path] ??= {})[op.method] = operation(op);
  return {
    openapi: "3.1.0",
    info: {
      title: "Nexus Watch API",
      version: "1",
      description:
        "Entities (firms, routes, technologies), sourced claims, sources and the review workflow. " +
        "Anonymous callers see published data only and get 404 for anything else. Every error is " +
        "{ error: { code, message, details? } }.",
    },
    servers: [{ url: "/api/v1" }],
    // Anonymous access ({}) is allowed unless an operation says otherwise.
    security: [{}, ...MEMBERS],
    tags: ["Entities", "Claims", "Sources", "Review", "Audit", "Search", "Open data", "Meta"].map((name) => ({ name })),
    paths,
    components: {
      schemas,
      responses: Object.fromEntries(
        Object.values(ERROR_RESPONSES).map(([name, description]) => [
          name,
          { description, content: { "application/json": { schema: ref("Error") } } },
        ]),
      ),
      securitySchemes: {
        bearerAuth: { type: "http", scheme: "bearer", description: "A personal API token (nw_…), from an admin or `npm run admin -- token:create`." },
        sessionCookie: {
          type: "apiKey", in: "cookie", name: "authjs.session-token",
          description: "The web session (named __Secure-authjs.session-token over HTTPS). State-changing calls must come from the same origin.",
        },
      },
    },
  };
}

let cached: ReturnType<typeof build> | undefined;

/** The document, built once per process: the schemas do not change at run time. */
export function openApiDocument() {
  cached ??= build();
  return cached;
}
