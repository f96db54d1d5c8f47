import type { Db } from "@/db/client";
import { createSource } from "@/lib/sources/create-source";
import { createSourceRevision } from "@/lib/sources/create-source-revision";
import { transitionRevision } from "@/lib/review/transition";
import type { Caller } from "@/test/api";
import { ctxFor, makeClaim, makeEntity, publish } from "@/test/factories";

export type Role = "anonymous" | "contributor" | "reviewer" | "admin";
/** A status, or one for the caller's own object and one for someone else's. */
export type Expected = number | { own: number; other: number };

/** What a cell sends: the path (with query), the route's params and an optional JSON body. */
export type Cell = { path: string; params?: Record<string, string | string[]>; body?: unknown };

export type Setup = { db: Db; owner: Caller; approver: Caller; n: number };

export type Row = {
  /** "METHOD /path/[param]" exactly as the route file sits under app/api/v1. */
  route: string;
  /** Builds the object, authored by `owner`, and the request. */
  prepare: (setup: Setup) => Promise<Cell>;
  expect: Record<Role, Expected>;
};

const members = (status: Expected, anonymous: number) => ({ anonymous, contributor: status, reviewer: status, admin: status });
const everyone = (status: number) => members(status, status);
const reviewersOnly = (status: number, anonymous = 401) => ({ anonymous, contributor: 403, reviewer: status, admin: status });
/** Review decisions: reviewers and admins, never on their own work. */
const review = { anonymous: 401, contributor: { own: 403, other: 403 }, reviewer: { own: 403, other: 200 }, admin: { own: 403, other: 200 } };
const authorOnly = members({ own: 200, other: 403 }, 401);

const citation = (n: number) => ({ source: { url: `https://authz.example.org/${n}`, title: "Doc" }, quote: "q" });

async function draftClaimRevision({ db, owner }: Setup) {
  const entity = await makeEntity(db, owner);
  return (await makeClaim(db, owner, entity.slug)).revision.id;
}
async function pendingClaimRevision(setup: Setup) {
  const id = await draftClaimRevision(setup);
  await transitionRevision(ctxFor(setup.db, setup.owner), id, "submit");
  return id;
}
async function ownSource(db: Db, owner: Caller, n: number) {
  return (await createSource(ctxFor(db, owner), { url: `https://authz.example.org/own/${n}`, title: "Own source" })).source.id;
}
async function pendingSourceRevision({ db, owner, n }: Setup) {
  const id = await ownSource(db, owner, n);
  const revision = await createSourceRevision(ctxFor(db, owner), id, { baseRevisionId: null, publisher: "Corrected publisher" });
  await transitionRevision(ctxFor(db, owner), revision.id, "submit");
  return revision.id;
}
const transition = (action: string, prepare: (s: Setup) => Promise<string>, body: unknown = { comment: "Because." }) =>
  async (setup: Setup): Promise<Cell> => {
    const id = await prepare(setup);
    return { path: `/revisions/${id}/${action}`, params: { id, action }, body };
  };

/** Every API route × method, with the expected status per role and ownership. */
export const AUTHORIZATION_TABLE: Row[] = [
  { route: "GET /entities", prepare: async () => ({ path: "/entities" }), expect: everyone(200) },
  { route: "POST /entities", prepare: async ({ n }) => ({ path: "/entities", body: { kind: "firm", title: `Authz firm ${n}`, fields: { country: "CN" } } }), expect: members(201, 401) },
  {
    route: "GET /entities/[slug]",
    prepare: async ({ db, owner }) => {
      const { slug } = await makeEntity(db, owner); // a draft: members see it, the public gets 404
      return { path: `/entities/${slug}?view=latest`, params: { slug } };
    },
    expect: members(200, 404),
  },
  {
    route: "GET /entities/[slug]/revisions",
    prepare: async ({ db, owner }) => {
      const { slug } = await makeEntity(db, owner);
      return { path: `/entities/${slug}/revisions`, params: { slug } };
    },
    expect: members(200, 404),
  },
  {
    route: "POST /entities/[slug]/revisions",
    prepare: async ({ db, owner }) => {
      const entity = await makeEntity(db, owner);
      return { path: `/entities/${entity.slug}/revisions`, params: { slug: entity.slug }, body: { baseRevisionId: entity.revision.id, title: "Edited title" } };
    },
    expect: members(201, 401),
  },
  {
    route: "POST /entities/[slug]/claims",
    prepare: async ({ db, owner, n }) => {
      const { slug } = await makeEntity(db, owner);
      return { path: `/entities/${slug}/claims`, params: { slug }, body: { statement: "A claim.", confidence: "alleged", citations: [citation(n)] } };
    },
    expect: members(201, 401),
  },
  {
    route: "POST /claims/[id]/revisions",
    prepare: async ({ db, owner, n }) => {
      const entity = await makeEntity(db, owner);
      const claim = await makeClaim(db, owner, entity.slug);
      return { path: `/claims/${claim.id}/revisions`, params: { id: claim.id }, body: { baseRevisionId: claim.revision.id, statement: "Edited.", confidence: "probable", citations: [citation(n)] } };
    },
    expect: members(201, 401),
  },
  {
    route: "POST /claims/[id]/retract",
    prepare: async ({ db, owner, approver }) => {
      const entity = await makeEntity(db, owner);
      await publish(db, owner, approver, entity.revision.id);
      const claim = await makeClaim(db, owner, entity.slug);
      await publish(db, owner, approver, claim.revision.id);
      return { path: `/claims/${claim.id}/retract`, params: { id: claim.id }, body: { comment: "Source withdrawn." } };
    },
    expect: reviewersOnly(200),
  },
  { route: "POST /sources", prepare: async ({ n }) => ({ path: "/sources", body: { url: `https://authz.example.org/s/${n}`, title: "S" } }), expect: members(201, 401) },
  {
    route: "GET /sources/[id]",
    prepare: async ({ db, owner, n }) => {
      const { source } = await createSource(ctxFor(db, owner), { url: `https://authz.example.org/unpublished/${n}`, title: "Unpublished" });
      return { path: `/sources/${source.id}?view=latest`, params: { id: source.id } };
    },
    expect: members(200, 404),
  },
  {
    route: "GET /sources/[id]/revisions",
    prepare: async ({ db, owner, n }) => {
      const id = await ownSource(db, owner, n);
      return { path: `/sources/${id}/revisions`, params: { id } };
    },
    expect: members(200, 404),
  },
  {
    route: "POST /sources/[id]/revisions",
    prepare: async ({ db, owner, n }) => {
      const id = await ownSource(db, owner, n);
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
