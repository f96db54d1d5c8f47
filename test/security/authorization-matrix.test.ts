import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Database } from "@/db/client";
import { useDatabaseForTests } from "@/server/database";
import { createTestDatabase } from "@/test/db";
import { makeCaller, type Caller, type Handler } from "@/test/api";
import { apiRouteKeys, declaredMethods, HTTP_METHODS, routeFiles } from "./api-routes";
import type { Operation } from "@/http/operation";
import { OPERATIONS } from "@/http/operations";
import { AUTHORIZATION_TABLE, baseRoute, matrixCells, type Fixtures, type Role } from "./authorization-table";
import { databaseFixtures } from "./database-fixtures";

/** "METHOD /route" → its handler, for every method every route file exports. */
const handlers = new Map<string, Handler>();
beforeAll(async () => {
  for (const [route, file] of routeFiles()) {
    const module = (await import(file)) as Record<string, unknown>;
    for (const method of HTTP_METHODS) if (typeof module[method] === "function") handlers.set(`${method} ${route === "/" ? "" : route}`, module[method] as Handler);
  }
});

describe("every API route has a row in the authorization table", () => {
  it("no route file or method without a row, and no row without a route", () => {
    const rows = new Set(AUTHORIZATION_TABLE.map((row) => baseRoute(row.route)));
    expect([...handlers.keys()].filter((key) => !rows.has(key)), "add these to test/security/authorization-table.ts").toEqual([]);
    expect([...rows].filter((key) => !handlers.has(key)), "rows for routes that no longer exist").toEqual([]);
    expect(handlers.size).toBeGreaterThanOrEqual(20);
  });

  it("the source reading the HTTP run relies on finds exactly the handlers the modules export", () => {
    expect(apiRouteKeys().sort()).toEqual([...handlers.keys()].sort());
    expect(declaredMethods(routeFiles().get("/[...path]")!)).toEqual(["GET", "POST", "PUT", "PATCH", "DELETE"]);
  });
});

describe("every route handler declares the operations it serves, and the matrix reads those declarations", () => {
  /** "/entities/[slug]/claims" as a pattern over documented paths ("/entities/{slug}/claims"). */
  const pattern = (route: string) => new RegExp(`^${route.replace(/\[[^\]]+\]/g, "[^/]+")}$`);
  const bound = () =>
    [...handlers].flatMap(([key, handler]) => ((handler as { operations?: Operation[] }).operations ?? []).map((operation) => ({ key, operation })));

  it("binds each declared operation to exactly one handler, of its method, at a route its path fits", () => {
    for (const operation of OPERATIONS) {
      const at = bound().filter((b) => b.operation === operation);
      expect(at.map((b) => b.key), `${operation.method} ${operation.path}`).toHaveLength(1);
      const [method, route] = at[0]!.key.split(" ") as [string, string];
      expect(method).toBe(operation.method.toUpperCase());
      expect(`/api/v1${operation.path.replace(/\{\w+\}/g, "x")}`).toMatch(pattern(`/api/v1${route}`));
    }
    expect(bound().filter((b) => !OPERATIONS.includes(b.operation)), "operations missing from http/operations/index.ts").toEqual([]);
  });

  it("leaves no handler undeclared but the catch-all", () => {
    expect([...handlers].filter(([, h]) => !(h as { operations?: Operation[] }).operations?.length).map(([key]) => key).sort())
      .toEqual(["DELETE /[...path]", "GET /[...path]", "PATCH /[...path]", "POST /[...path]", "PUT /[...path]"]);
  });

  it("has a row for every declared operation", () => {
    const covered = new Set(AUTHORIZATION_TABLE.map((row) => row.operation));
    expect(OPERATIONS.filter((op) => !covered.has(op)).map((op) => `${op.method} ${op.path}`), "add rows to test/security/authorization-table.ts").toEqual([]);
  });

  it("takes each row's operation from the handler of the row's route", () => {
    for (const row of AUTHORIZATION_TABLE.filter((r) => r.operation)) {
      const handler = handlers.get(baseRoute(row.route)) as { operations?: Operation[] } | undefined;
      expect(handler?.operations, row.route).toContain(row.operation);
    }
  });
});

let database: Database;
const callers = {} as Record<Exclude<Role, "anonymous">, Caller>;
let bystander: Caller, approver: Caller;
beforeAll(async () => {
  vi.stubEnv("API_WRITES_PER_MINUTE", "1000000");
  vi.stubEnv("API_TOKEN_REQUESTS_PER_MINUTE", "1000000");
  vi.stubEnv("API_ANONYMOUS_WRITES_PER_MINUTE", "1000000");
  database = await createTestDatabase();
  useDatabaseForTests(database);
  for (const role of ["contributor", "reviewer", "admin"] as const) callers[role] = await makeCaller(database.db, role);
  bystander = await makeCaller(database.db, "contributor");
  approver = await makeCaller(database.db, "reviewer");
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await database.close();
});

const fixtures: Fixtures<Caller> = databaseFixtures(() => database.db);

const cells = matrixCells();

describe("authorization matrix: route × role × own or someone else's object", () => {
  let n = 0;
  it.each(cells.map((c) => [c.row.route, c.role, c.whose, c.status, c] as const))("%s as %s on %s object → %i", async (route, role, whose, status, cell) => {
    const caller = role === "anonymous" ? null : callers[role];
    const owner = whose === "own" && caller ? caller : bystander;
    const request = await cell.row.prepare({ owner, approver, n: ++n, fx: fixtures });
    const handler = handlers.get(baseRoute(route))!;
    const [method] = route.split(" ");
    const response = await handler(
      new Request(`http://localhost/api/v1${request.path}`, {
        method,
        headers: { ...(caller ? { authorization: `Bearer ${caller.token}` } : {}), "content-type": "application/json" },
        body: request.body === undefined ? undefined : JSON.stringify(request.body),
      }),
      { params: Promise.resolve((request.params ?? {}) as never) },
    );
    const text = await response.text(); // exports answer CSV and JSON lines
    expect(response.status, text.slice(0, 300)).toBe(status);
    if (status >= 400) expect(JSON.parse(text)).toMatchObject({ error: { code: expect.any(String), message: expect.any(String) } });
  });
});
