/**
 * The authorization matrix's one table: every /api/v1 route × method, with the expected status
 * per role and per ownership of the object. Two runners read it: the route handlers in-process
 * (test/security/authorization-matrix.test.ts) and the built server over HTTP
 * (e2e/authorization-matrix.spec.ts). Fixtures come through `Fixtures`, which each runner
 * implements (database factories, or API calls as the demo accounts), so no row knows how.
 * A row's expected statuses come from the access rule its route declares (http/operations/,
 * the operation the route handler is bound to): `expectedFor` says what each rule means per role.
 * Imports only the route declarations (schemas, no server code): Playwright loads it too.
 */
import type { Access } from "@/http/access";
import type { Operation } from "@/http/operation";
import { claimOperations, entityOperations, auditOperations, metaOperations, openDataOperations, reviewOperations, searchOperations, sourceOperations } from "@/http/operations";

export type Role = "anonymous" | "contributor" | "reviewer" | "admin";
export const ROLES: Role[] = ["anonymous", "contributor", "reviewer", "admin"];
/** A status, or one for the caller's own object and one for someone else's. */
export type Expected = number | { own: number; other: number };

/** What a cell sends: the path (with query), the route's params and an optional JSON body. */
export type Cell = { path: string; params?: Record<string, string | string[]>; body?: unknown };

/** How a runner makes the objects a cell acts on; `U` is its notion of a user. */
export type Fixtures<U> = {
  /** A draft firm authored by `owner`. */
  entity(owner: U): Promise<{ slug: string; revisionId: string }>;
  /** A draft claim with one citation on the entity, authored by `owner`. */
  claim(owner: U, slug: string): Promise<{ id: string; revisionId: string }>;
  /** A source added by `owner` and cited by nothing (so unpublished). */
  source(owner: U, input: { url: string; title: string }): Promise<{ id: string }>;
  /** A draft revision of a source's details by `owner` (body as POST /sources/{id}/revisions takes it). */
  proposeSourceChange(owner: U, sourceId: string, body: Record<string, unknown>): Promise<{ id: string }>;
  submit(owner: U, revisionId: string): Promise<void>;
  approve(reviewer: U, revisionId: string): Promise<void>;
};

/** `owner` authors the objects; `approver` is a reviewer who never is `owner`; `n` is unique per cell. */
export type Setup<U> = { owner: U; approver: U; n: number; fx: Fixtures<U> };

export type Row = {
  /** "METHOD /path/[param]" exactly as the route file sits under app/api/v1; ":suffix" for a variant. */
  route: string;
  /** Builds the object, authored by `owner`, and the request. */
  prepare: <U>(setup: Setup<U>) => Promise<Cell>;
} & (
  /** The declared operation the request exercises: the statuses follow from its access rule. */
  | {
      operation: Operation;
      expect?: never;
      /** What a caller the access rule lets through gets, when not the operation's success (e.g. 409: nothing to submit). */
      answers?: number;
    }
  /** A request no operation declares (an unknown path or action): the statuses as such. */
  | { operation?: never; expect: Record<Role, Expected>; answers?: never }
);

/** The route a row covers, without its ":variant". */
export const baseRoute = (route: string) => route.split(":")[0]!;

/** One cell of the matrix: a row, a role, whose object, and the expected status. */
export type MatrixCell = { row: Row; role: Role; whose: "own" | "other"; status: number };

export function matrixCells(table: Row[] = AUTHORIZATION_TABLE): MatrixCell[] {
  return table.flatMap((row) =>
    ROLES.flatMap((role) => {
      const expected = expectedStatuses(row)[role];
      if (typeof expected === "number") return [{ row, role, whose: "other" as const, status: expected }];
      return (["own", "other"] as const).map((whose) => ({ row, role, whose, status: expected[whose] }));
    }),
  );
}

const members = (status: Expected, anonymous: number) => ({ anonymous, contributor: status, reviewer: status, admin: status });
const everyone = (status: number) => members(status, status);

/** What each access rule (http/access.ts) means for each role, given the operation's success status. */
export const expectedFor: Record<Access, (ok: number) => Record<Role, Expected>> = {
  anyone: (ok) => everyone(ok),
  published: (ok) => members(ok, 404), // the rows ask for something unpublished
  members: (ok) => members(ok, 401),
  membersElse404: (ok) => members(ok, 404),
  reviewers: (ok) => ({ anonymous: 401, contributor: 403, reviewer: ok, admin: ok }),
  author: (ok) => members({ own: ok, other: 403 }, 401),
  /** Review decisions: reviewers and admins, never on their own work. */
  review: (ok) => ({ anonymous: 401, contributor: { own: 403, other: 403 }, reviewer: { own: 403, other: ok }, admin: { own: 403, other: ok } }),
};

/** A row's expected status per role: from its operation's access rule, or as the row states it. */
export function expectedStatuses(row: Row): Record<Role, Expected> {
  if (row.expect) return row.expect;
  return expectedFor[row.operation.access](row.answers ?? row.operation.ok[0]!.status);
}

const citation = (n: number) => ({ source: { url: `https://authz.example.org/${n}`, title: "Doc" }, quote: "q" });

async function draftClaimRevision<U>({ owner, fx }: Setup<U>) {
  const entity = await fx.entity(owner);
  return (await fx.claim(owner, entity.slug)).revisionId;
}
async function pendingClaimRevision<U>(setup: Setup<U>) {
  const id = await draftClaimRevision(setup);
  await setup.fx.submit(setup.owner, id);
  return id;
}
async function ownSource<U>({ owner, fx, n }: Setup<U>) {
  return (await fx.source(owner, { url: `https://authz.example.org/own/${n}`, title: "Own source" })).id;
}
async function pendingSourceRevision<U>(setup: Setup<U>) {
  const id = await ownSource(setup);
  const revision = await setup.fx.proposeSourceChange(setup.owner, id, { baseRevisionId: null, publisher: "Corrected publisher" });
  await setup.fx.submit(setup.owner, revision.id);
  return revision.id;
}
async function publish<U>({ owner, approver, fx }: Setup<U>, revisionId: string) {
  await fx.submit(owner, revisionId);
  await fx.approve(approver, revisionId);
}
const transition = (action: string, prepare: <U>(s: Setup<U>) => Promise<string>, body: unknown = { comment: "Because." }) =>
  async <U>(setup: Setup<U>): Promise<Cell> => {
    const id = await prepare(setup);
    return { path: `/revisions/${id}/${action}`, params: { id, action }, body };
  };

/** Every API route × method, with the expected status per role and ownership. */
export const AUTHORIZATION_TABLE: Row[] = [
  { route: "GET /entities", prepare: async () => ({ path: "/entities" }), operation: entityOperations.list },
  { route: "POST /entities", prepare: async ({ n }) => ({ path: "/entities", body: { kind: "firm", title: `Authz firm ${n}`, fields: { country: "CN" } } }), operation: entityOperations.create },
  {
    route: "GET /entities/[slug]",
    prepare: async ({ owner, fx }) => {
      const { slug } = await fx.entity(owner); // a draft: members see it, the public gets 404
      return { path: `/entities/${slug}?view=latest`, params: { slug } };
    },
    operation: entityOperations.get,
  },
  {
    route: "GET /entities/[slug]/revisions",
    prepare: async ({ owner, fx }) => {
      const { slug } = await fx.entity(owner);
      return { path: `/entities/${slug}/revisions`, params: { slug } };
    },
    operation: entityOperations.revisions,
  },
  {
    route: "POST /entities/[slug]/revisions",
    prepare: async ({ owner, fx }) => {
      const entity = await fx.entity(owner);
      return { path: `/entities/${entity.slug}/revisions`, params: { slug: entity.slug }, body: { baseRevisionId: entity.revisionId, title: "Edited title" } };
    },
    operation: entityOperations.revise,
  },
  {
    route: "GET /entities/[slug]/draft",
    prepare: async ({ owner, fx }) => {
      const { slug } = await fx.entity(owner);
      return { path: `/entities/${slug}/draft`, params: { slug } };
    },
    operation: entityOperations.draft,
  },
  {
    // A page nobody has opened in the live editor has nothing to snapshot: 409, not a refusal.
    route: "POST /entities/[slug]/draft/submit",
    prepare: async ({ owner, fx }) => {
      const { slug } = await fx.entity(owner);
      return { path: `/entities/${slug}/draft/submit`, params: { slug }, body: { summary: "Snapshot" } };
    },
    operation: entityOperations.submitDraft,
    answers: 409,
  },
  {
    route: "POST /entities/[slug]/claims",
    prepare: async ({ owner, fx, n }) => {
      const { slug } = await fx.entity(owner);
      return { path: `/entities/${slug}/claims`, params: { slug }, body: { statement: "A claim.", confidence: "alleged", citations: [citation(n)] } };
    },
    operation: claimOperations.create,
  },
  {
    route: "POST /claims/[id]/revisions",
    prepare: async ({ owner, fx, n }) => {
      const entity = await fx.entity(owner);
      const claim = await fx.claim(owner, entity.slug);
      return { path: `/claims/${claim.id}/revisions`, params: { id: claim.id }, body: { baseRevisionId: claim.revisionId, statement: "Edited.", confidence: "probable", citations: [citation(n)] } };
    },
    operation: claimOperations.revise,
  },
  {
    route: "POST /claims/[id]/retract",
    prepare: async (setup) => {
      const entity = await setup.fx.entity(setup.owner);
      await publish(setup, entity.revisionId);
      const claim = await setup.fx.claim(setup.owner, entity.slug);
      await publish(setup, claim.revisionId);
      return { path: `/claims/${claim.id}/retract`, params: { id: claim.id }, body: { comment: "Source withdrawn." } };
    },
    operation: claimOperations.retract,
  },
  { route: "POST /sources", prepare: async ({ n }) => ({ path: "/sources", body: { url: `https://authz.example.org/s/${n}`, title: "S" } }), operation: sourceOperations.create },
  {
    route: "GET /sources/[id]",
    prepare: async ({ owner, fx, n }) => {
      const source = await fx.source(owner, { url: `https://authz.example.org/unpublished/${n}`, title: "Unpublished" });
      return { path: `/sources/${source.id}?view=latest`, params: { id: source.id } };
    },
    operation: sourceOperations.get,
  },
  {
    route: "GET /sources/[id]/revisions",
    prepare: async (setup) => {
      const id = await ownSource(setup);
      return { path: `/sources/${id}/revisions`, params: { id } };
    },
    operation: sourceOperations.revisions,
  },
  {
    route: "POST /sources/[id]/revisions",
    prepare: async (setup) => {
      const id = await ownSource(setup);
      return { path: `/sources/${id}/revisions`, params: { id }, body: { baseRevisionId: null, title: "Corrected title" } };
    },
    // Anyone on the team may propose a correction to any source; review decides.
    operation: sourceOperations.propose,
  },
  {
    route: "GET /revisions/[id]",
    prepare: async (setup) => {
      const id = await draftClaimRevision(setup);
      return { path: `/revisions/${id}`, params: { id } };
    },
    operation: reviewOperations.revision,
  },
  { route: "POST /revisions/[id]/[action]:submit", prepare: transition("submit", draftClaimRevision, {}), operation: reviewOperations.transitions.submit },
  { route: "POST /revisions/[id]/[action]:withdraw", prepare: transition("withdraw", draftClaimRevision, {}), operation: reviewOperations.transitions.withdraw },
  { route: "POST /revisions/[id]/[action]:approve", prepare: transition("approve", pendingClaimRevision, {}), operation: reviewOperations.transitions.approve },
  { route: "POST /revisions/[id]/[action]:reject", prepare: transition("reject", pendingClaimRevision), operation: reviewOperations.transitions.reject },
  { route: "POST /revisions/[id]/[action]:request-changes", prepare: transition("request-changes", pendingClaimRevision), operation: reviewOperations.transitions["request-changes"] },
  { route: "POST /revisions/[id]/[action]:approve-source", prepare: transition("approve", pendingSourceRevision, {}), operation: reviewOperations.transitions.approve },
  { route: "POST /revisions/[id]/[action]:unknown", prepare: transition("publish-now", pendingClaimRevision), expect: everyone(404) },
  { route: "GET /review-queue", prepare: async () => ({ path: "/review-queue" }), operation: reviewOperations.queue },
  { route: "GET /audit", prepare: async () => ({ path: "/audit" }), operation: auditOperations.list },
  { route: "GET /search", prepare: async () => ({ path: "/search?q=firm" }), operation: searchOperations.search },
  { route: "GET /graph", prepare: async () => ({ path: "/graph" }), operation: openDataOperations.graph },
  { route: "GET /export/claims.csv", prepare: async () => ({ path: "/export/claims.csv" }), operation: openDataOperations.csv },
  { route: "GET /export/entities.ftm.json", prepare: async () => ({ path: "/export/entities.ftm.json" }), operation: openDataOperations.ftm },
  { route: "GET /openapi.json", prepare: async () => ({ path: "/openapi.json" }), operation: metaOperations.openapi },
  ...["GET", "POST", "PUT", "PATCH", "DELETE"].map((method): Row => ({
    route: `${method} /[...path]`,
    prepare: async () => ({ path: "/no/such/thing", params: { path: ["no", "such", "thing"] }, ...(method === "GET" ? {} : { body: {} }) }),
    expect: everyone(404),
  })),
];
