/**
 * The authorization matrix's one table: every /api/v1 route × method, with the expected status
 * per role and per ownership of the object. Two runners read it: the route handlers in-process
 * (test/security/authorization-matrix.test.ts) and the built server over HTTP
 * (e2e/authorization-matrix.spec.ts). Fixtures come through `Fixtures`, which each runner
 * implements (database factories, or API calls as the demo accounts), so no row knows how.
 * Imports nothing from the app: Playwright loads it too.
 */
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
  expect: Record<Role, Expected>;
};

/** The route a row covers, without its ":variant". */
export const baseRoute = (route: string) => route.split(":")[0]!;

/** One cell of the matrix: a row, a role, whose object, and the expected status. */
export type MatrixCell = { row: Row; role: Role; whose: "own" | "other"; status: number };

export function matrixCells(table: Row[] = AUTHORIZATION_TABLE): MatrixCell[] {
  return table.flatMap((row) =>
    ROLES.flatMap((role) => {
      const expected = row.expect[role];
      if (typeof expected === "number") return [{ row, role, whose: "other" as const, status: expected }];
      return (["own", "other"] as const).map((whose) => ({ row, role, whose, status: expected[whose] }));
    }),
  );
}

const members = (status: Expected, anonymous: number) => ({ anonymous, contributor: status, reviewer: status, admin: status });
const everyone = (status: number) => members(status, status);
const reviewersOnly = (status: number, anonymous = 401) => ({ anonymous, contributor: 403, reviewer: status, admin: status });
/** Review decisions: reviewers and admins, never on their own work. */
const review = { anonymous: 401, contributor: { own: 403, other: 403 }, reviewer: { own: 403, other: 200 }, admin: { own: 403, other: 200 } };
const authorOnly = members({ own: 200, other: 403 }, 401);

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
  { route: "GET /entities", prepare: async () => ({ path: "/entities" }), expect: everyone(200) },
  { route: "POST /entities", prepare: async ({ n }) => ({ path: "/entities", body: { kind: "firm", title: `Authz firm ${n}`, fields: { country: "CN" } } }), expect: members(201, 401) },
  {
    route: "GET /entities/[slug]",
    prepare: async ({ owner, fx }) => {
      const { slug } = await fx.entity(owner); // a draft: members see it, the public gets 404
      return { path: `/entities/${slug}?view=latest`, params: { slug } };
    },
    expect: members(200, 404),
  },
  {
    route: "GET /entities/[slug]/revisions",
    prepare: async ({ owner, fx }) => {
      const { slug } = await fx.entity(owner);
      return { path: `/entities/${slug}/revisions`, params: { slug } };
    },
    expect: members(200, 404),
  },
  {
    route: "POST /entities/[slug]/revisions",
    prepare: async ({ owner, fx }) => {
      const entity = await fx.entity(owner);
      return { path: `/entities/${entity.slug}/revisions`, params: { slug: entity.slug }, body: { baseRevisionId: entity.revisionId, title: "Edited title" } };
    },
    expect: members(201, 401),
  },
  {
    route: "GET /entities/[slug]/draft",
    prepare: async ({ owner, fx }) => {
      const { slug } = await fx.entity(owner);
      return { path: `/entities/${slug}/draft`, params: { slug } };
    },
    expect: members(200, 404),
  },
  {
    // A page nobody has opened in the live editor has nothing to snapshot: 409, not a refusal.
    route: "POST /entities/[slug]/draft/submit",
    prepare: async ({ owner, fx }) => {
      const { slug } = await fx.entity(owner);
      return { path: `/entities/${slug}/draft/submit`, params: { slug }, body: { summary: "Snapshot" } };
    },
    expect: members(409, 401),
  },
  {
    route: "POST /entities/[slug]/claims",
    prepare: async ({ owner, fx, n }) => {
      const { slug } = await fx.entity(owner);
      return { path: `/entities/${slug}/claims`, params: { slug }, body: { statement: "A claim.", confidence: "alleged", citations: [citation(n)] } };
    },
    expect: members(201, 401),
  },
  {
    route: "POST /claims/[id]/revisions",
    prepare: async ({ owner, fx, n }) => {
      const entity = await fx.entity(owner);
      const claim = await fx.claim(owner, entity.slug);
      return { path: `/claims/${claim.id}/revisions`, params: { id: claim.id }, body: { baseRevisionId: claim.revisionId, statement: "Edited.", confidence: "probable", citations: [citation(n)] } };
    },
    expect: members(201, 401),
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
    expect: reviewersOnly(200),
  },
  { route: "POST /sources", prepare: async ({ n }) => ({ path: "/sources", body: { url: `https://authz.example.org/s/${n}`, title: "S" } }), expect: members(201, 401) },
  {
    route: "GET /sources/[id]",
    prepare: async ({ owner, fx, n }) => {
      const source = await fx.source(owner, { url: `https://authz.example.org/unpublished/${n}`, title: "Unpublished" });
      return { path: `/sources/${source.id}?view=latest`, params: { id: source.id } };
    },
    expect: members(200, 404),
  },
  {
    route: "GET /sources/[id]/revisions",
    prepare: async (setup) => {
      const id = await ownSource(setup);
      return { path: `/sources/${id}/revisions`, params: { id } };
    },
    expect: members(200, 404),
  },
  {
    route: "POST /sources/[id]/revisions",
    prepare: async (setup) => {
      const id = await ownSource(setup);
      return { path: `/sources/${id}/revisions`, params: { id }, body: { baseRevisionId: null, title: "Corrected title" } };
    },
    // Anyone on the team may propose a correction to any source; review decides.
    expect: members(201, 401),
  },
  {
    route: "GET /revisions/[id]",
    prepare: async (setup) => {
      const id = await draftClaimRevision(setup);
      return { path: `/revisions/${id}`, params: { id } };
    },
    expect: members(200, 401),
  },
  { route: "POST /revisions/[id]/[action]:submit", prepare: transition("submit", draftClaimRevision, {}), expect: authorOnly },
  { route: "POST /revisions/[id]/[action]:withdraw", prepare: transition("withdraw", draftClaimRevision, {}), expect: authorOnly },
  { route: "POST /revisions/[id]/[action]:approve", prepare: transition("approve", pendingClaimRevision, {}), expect: review },
  { route: "POST /revisions/[id]/[action]:reject", prepare: transition("reject", pendingClaimRevision), expect: review },
  { route: "POST /revisions/[id]/[action]:request-changes", prepare: transition("request-changes", pendingClaimRevision), expect: review },
  { route: "POST /revisions/[id]/[action]:approve-source", prepare: transition("approve", pendingSourceRevision, {}), expect: review },
  { route: "POST /revisions/[id]/[action]:unknown", prepare: transition("publish-now", pendingClaimRevision), expect: everyone(404) },
  { route: "GET /review-queue", prepare: async () => ({ path: "/review-queue" }), expect: members(200, 401) },
  { route: "GET /audit", prepare: async () => ({ path: "/audit" }), expect: reviewersOnly(200) },
  { route: "GET /search", prepare: async () => ({ path: "/search?q=firm" }), expect: everyone(200) },
  { route: "GET /graph", prepare: async () => ({ path: "/graph" }), expect: everyone(200) },
  { route: "GET /export/claims.csv", prepare: async () => ({ path: "/export/claims.csv" }), expect: everyone(200) },
  { route: "GET /export/entities.ftm.json", prepare: async () => ({ path: "/export/entities.ftm.json" }), expect: everyone(200) },
  { route: "GET /openapi.json", prepare: async () => ({ path: "/openapi.json" }), expect: everyone(200) },
  ...["GET", "POST", "PUT", "PATCH", "DELETE"].map((method): Row => ({
    route: `${method} /[...path]`,
    prepare: async () => ({ path: "/no/such/thing", params: { path: ["no", "such", "thing"] }, ...(method === "GET" ? {} : { body: {} }) }),
    expect: everyone(404),
  })),
];
