import type { Db } from "@/db/client";
import type { Role } from "@/db/schema";
import { createApiToken } from "@/lib/auth/tokens";
import type { Actor } from "@/lib/context";
import { makeUser } from "./factories";
import * as auditRoute from "@/app/api/v1/audit/route";
import * as claimRevisionsRoute from "@/app/api/v1/claims/[id]/revisions/route";
import * as retractRoute from "@/app/api/v1/claims/[id]/retract/route";
import * as entitiesRoute from "@/app/api/v1/entities/route";
import * as entityRoute from "@/app/api/v1/entities/[slug]/route";
import * as entityClaimsRoute from "@/app/api/v1/entities/[slug]/claims/route";
import * as entityRevisionsRoute from "@/app/api/v1/entities/[slug]/revisions/route";
import * as openapiRoute from "@/app/api/v1/openapi.json/route";
import * as queueRoute from "@/app/api/v1/review-queue/route";
import * as revisionRoute from "@/app/api/v1/revisions/[id]/route";
import * as searchRoute from "@/app/api/v1/search/route";
import * as transitionRoute from "@/app/api/v1/revisions/[id]/[action]/route";
import * as sourceRoute from "@/app/api/v1/sources/[id]/route";
import * as sourcesRoute from "@/app/api/v1/sources/route";
import type { AuditRowView } from "@/lib/audit/queries";
import type { ClaimView } from "@/lib/claims/queries";
import type { RetractResult } from "@/lib/claims/retract-claim";
import type { EntitySummary, EntityView } from "@/lib/entities/queries";
import type { RevisionView } from "@/lib/review/present-revision";
import type { SearchResponse } from "@/lib/search/search";
import type { QueueItem } from "@/lib/review/queue";
import type { RevisionDetail } from "@/lib/review/revision-detail";
import type { TransitionResult } from "@/lib/review/transition";
import type { presentSourceWithClaims, SourceView } from "@/lib/sources/present-source";

/** Any route handler exported by app/api/v1/…/route.ts, whatever its params (never fits them all). */
export type Handler = (request: Request, context: { params: Promise<never> }) => Response | Promise<Response>;

export type Caller = Actor & { token: string };

/** A user of the given role with a personal API token, as a script would call the API. */
export async function makeCaller(db: Db, role: Role = "contributor"): Promise<Caller> {
  const actor = await makeUser(db, role);
  const { token } = await createApiToken(db, actor.id);
  return { ...actor, token };
}

type CallOptions = {
  /** Omit for a signed-out caller. */
  as?: Caller | null;
  method?: string;
  /** Sent as JSON unless it is already a string. */
  body?: unknown;
  /** The route's dynamic segments, e.g. { slug } or { path: [...] } for the catch-all. */
  params?: Record<string, string | string[]>;
  headers?: Record<string, string>;
};

export type ApiResult<T = unknown> = { status: number; body: T; response: Response };

/** Calls a route handler directly, as Next would: a Request and a context with params. */
export async function call<T = unknown>(
  handler: Handler,
  path: string,
  { as = null, method = "GET", body, params = {}, headers = {} }: CallOptions = {},
): Promise<ApiResult<T>> {
  const request = new Request(`http://localhost/api/v1${path}`, {
    method,
    headers: {
      ...(as ? { authorization: `Bearer ${as.token}` } : {}),
      ...(body === undefined ? {} : { "content-type": "application/json" }),
      ...headers,
    },
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });
  const response = await handler(request, { params: Promise.resolve(params as never) });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : null) as T, response };
}

type As = Caller | null;
const post = (as: As, body: unknown) => ({ as, method: "POST", body });

/**
 * The API as a script sees it, one function per endpoint, calling the exported route
 * handlers. Bodies are typed as the success answer; check `status` before relying on it.
 */
export const api = {
  listEntities: (as: As, query = "") =>
    call<{ items: EntitySummary[]; nextCursor: string | null }>(entitiesRoute.GET, `/entities${query}`, { as }),
  createEntity: (as: As, body: unknown) => call<EntityView>(entitiesRoute.POST, "/entities", post(as, body)),
  getEntity: (as: As, slug: string, query = "") =>
    call<EntityView>(entityRoute.GET, `/entities/${slug}${query}`, { as, params: { slug } }),
  listEntityRevisions: (as: As, slug: string) =>
    call<RevisionView[]>(entityRevisionsRoute.GET, `/entities/${slug}/revisions`, { as, params: { slug } }),
  createEntityRevision: (as: As, slug: string, body: unknown) =>
    call<RevisionView>(entityRevisionsRoute.POST, `/entities/${slug}/revisions`, { ...post(as, body), params: { slug } }),
  createClaim: (as: As, slug: string, body: unknown) =>
    call<ClaimView>(entityClaimsRoute.POST, `/entities/${slug}/claims`, { ...post(as, body), params: { slug } }),
  createClaimRevision: (as: As, id: string, body: unknown) =>
    call<RevisionView>(claimRevisionsRoute.POST, `/claims/${id}/revisions`, { ...post(as, body), params: { id } }),
  retractClaim: (as: As, id: string, body: unknown) =>
    call<RetractResult>(retractRoute.POST, `/claims/${id}/retract`, { ...post(as, body), params: { id } }),
  createSource: (as: As, body: unknown) => call<SourceView>(sourcesRoute.POST, "/sources", post(as, body)),
  getSource: (as: As, id: string, query = "") =>
    call<ReturnType<typeof presentSourceWithClaims>>(sourceRoute.GET, `/sources/${id}${query}`, { as, params: { id } }),
  getRevision: (as: As, id: string) => call<RevisionDetail>(revisionRoute.GET, `/revisions/${id}`, { as, params: { id } }),
  transition: (as: As, id: string, action: string, body: unknown = {}) =>
    call<TransitionResult>(transitionRoute.POST, `/revisions/${id}/${action}`, { ...post(as, body), params: { id, action } }),
  reviewQueue: (as: As, query = "") => call<QueueItem[]>(queueRoute.GET, `/review-queue${query}`, { as }),
  audit: (as: As, query = "") => call<AuditRowView[]>(auditRoute.GET, `/audit${query}`, { as }),
  search: (as: As, query: string) => call<SearchResponse>(searchRoute.GET, `/search${query}`, { as }),
  openapi: async () => (await call(openapiRoute.GET, "/openapi.json")).body as OpenApiDocument,
};

export type OpenApiDocument = {
  openapi: string;
  paths: Record<string, Record<string, { responses: Record<string, unknown>; security?: unknown[] }>>;
  components: { schemas: Record<string, { required?: string[]; properties?: Record<string, unknown> }> };
};
