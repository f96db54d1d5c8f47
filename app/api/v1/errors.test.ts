import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { useDatabaseForTests } from "@/server/database";
import { errorBody } from "@/http/openapi/response-schemas";
import { createTestDatabase } from "@/test/db";
import { call, makeCaller, type Caller } from "@/test/api";
import * as unknownRoute from "./[...path]/route";
import * as audit from "./audit/route";
import * as claimRevisions from "./claims/[id]/revisions/route";
import * as entities from "./entities/route";
import * as entity from "./entities/[slug]/route";
import * as entityClaims from "./entities/[slug]/claims/route";
import * as transition from "./revisions/[id]/[action]/route";
import * as sources from "./sources/route";

let database: Database;
let contributor: Caller;
let reviewer: Caller;
beforeAll(async () => {
  database = await createTestDatabase();
  useDatabaseForTests(database);
  contributor = await makeCaller(database.db, "contributor");
  reviewer = await makeCaller(database.db, "reviewer");
});
afterAll(() => database.close());

/** Every error answer has the one shape of DESIGN.md. */
function expectError(result: { status: number; body: unknown }, status: number, code: string) {
  expect(result.status).toBe(status);
  expect(errorBody.parse(result.body).error.code).toBe(code);
}

describe("API errors", () => {
  it("answers bad input to POST /entities with 400 and every problem by path", async () => {
    const result = await call(entities.POST, "/entities", { as: contributor, method: "POST", body: { kind: "ship", title: "" } });
    expectError(result, 400, "invalid_input");
    const { error } = errorBody.parse(result.body);
    expect(error.message).toEqual(expect.any(String));
    const paths = (error.details as { issues: Array<{ path: string }> }).issues.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(["kind", "title"]));
  });

  it("answers a body that is not JSON with 400", async () => {
    const result = await call(entities.POST, "/entities", { as: contributor, method: "POST", body: '{"kind": "firm",' });
    expectError(result, 400, "invalid_input");
    expect(errorBody.parse(result.body).error.message).toMatch(/not valid JSON/);
  });

  it("answers a body over 1 MB with 413, whether or not its length is declared", async () => {
    const big = JSON.stringify({ kind: "firm", title: "Big", summary: "x".repeat(1_100_000) });
    expectError(await call(entities.POST, "/entities", { as: contributor, method: "POST", body: big }), 413, "too_large");
    const declared = { "content-length": String(big.length) };
    expectError(await call(entities.POST, "/entities", { as: contributor, method: "POST", body: big, headers: declared }), 413, "too_large");
  });

  it("answers an invalid, unknown or malformed bearer token with 401, even on public reads", async () => {
    const stranger = { ...contributor, token: "nw_not-a-real-token" };
    expectError(await call(entities.GET, "/entities", { as: stranger }), 401, "unauthorized");
    expectError(await call(entities.POST, "/entities", { as: stranger, method: "POST", body: { kind: "firm", title: "X" } }), 401, "unauthorized");
    expectError(await call(entities.GET, "/entities", { headers: { authorization: "Token abc" } }), 401, "unauthorized");
  });

  it("answers a signed-out write with 401", async () => {
    expectError(await call(entities.POST, "/entities", { method: "POST", body: { kind: "firm", title: "Anon" } }), 401, "unauthorized");
    expectError(await call(sources.POST, "/sources", { method: "POST", body: { url: "https://a.example/x", title: "x" } }), 401, "unauthorized");
  });

  it("answers unknown routes and unknown review actions with 404 in the error shape", async () => {
    const unknown = await call(unknownRoute.GET, "/nothing/here", { params: { path: ["nothing", "here"] } });
    expectError(unknown, 404, "not_found");
    expect(unknown.response.headers.get("content-type")).toMatch(/application\/json/);
    expectError(await call(unknownRoute.DELETE, "/entities", { method: "DELETE", params: { path: ["entities"] } }), 404, "not_found");
    const action = await call(transition.POST, "/revisions/x/publish", { as: reviewer, method: "POST", body: {}, params: { id: "x", action: "publish" } });
    expectError(action, 404, "not_found");
  });

  it("answers invalid query parameters with 400, never 500", async () => {
    for (const query of ["limit=0", "limit=abc", "limit=100000", "kind=ship", "view=everything"]) {
      expectError(await call(entities.GET, `/entities?${query}`), 400, "invalid_input");
    }
    expectError(await call(entity.GET, "/entities/acme?view=drafts", { params: { slug: "acme" } }), 400, "invalid_input");
    for (const query of ["before=soon", "subjectId=not-a-uuid", "limit=-1"]) {
      expectError(await call(audit.GET, `/audit?${query}`, { as: reviewer }), 400, "invalid_input");
    }
  });

  it("answers text the database cannot store (a NUL character) with 400, never 500", async () => {
    expectError(await call(entity.GET, "/entities/a%00b", { params: { slug: "a\u0000b" } }), 400, "invalid_input");
    const created = await call<{ slug: string }>(entities.POST, "/entities", { as: contributor, method: "POST", body: { kind: "firm", title: "Nul Test Ltd" } });
    const claim = { statement: "Ships\u0000chips", confidence: "alleged" };
    const result = await call(entityClaims.POST, "/claims", { as: contributor, method: "POST", body: claim, params: { slug: created.body.slug } });
    expectError(result, 400, "invalid_input");
  });

  it("answers a malformed id with 404 or 400, never 500", async () => {
    const body = { baseRevisionId: "6f1c1b8e-7d0c-4d59-9d7e-3f1f3f6e2a11", statement: "x", confidence: "alleged" };
    expectError(await call(claimRevisions.POST, "/claims/nope/revisions", { as: contributor, method: "POST", body, params: { id: "nope" } }), 404, "not_found");
    const dashes = "-".repeat(36);
    const result = await call(transition.POST, `/revisions/${dashes}/submit`, { as: contributor, method: "POST", body: {}, params: { id: dashes, action: "submit" } });
    expect([400, 404]).toContain(result.status);
  });
});
