import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Database } from "@/db/client";
import { useDatabaseForTests } from "@/db/runtime";
import { createTestDatabase } from "@/test/db";
import { makeCaller, type Caller, type Handler } from "@/test/api";
import { AUTHORIZATION_TABLE, type Expected, type Role } from "./authorization-table";

const API_DIR = path.resolve("app/api/v1");
const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

/** Every route.ts under app/api/v1, as "/entities/[slug]" → file. */
function routeFiles(dir = API_DIR): Map<string, string> {
  const found = new Map<string, string>();
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) for (const [route, file] of routeFiles(full)) found.set(route, file);
    else if (entry.name === "route.ts") found.set("/" + path.relative(API_DIR, dir).split(path.sep).join("/"), full);
  }
  return found;
}

/** "METHOD /route" → its handler, for every method every route file exports. */
const handlers = new Map<string, Handler>();
beforeAll(async () => {
  for (const [route, file] of routeFiles()) {
    const module = (await import(file)) as Record<string, unknown>;
    for (const method of METHODS) if (typeof module[method] === "function") handlers.set(`${method} ${route === "/" ? "" : route}`, module[method] as Handler);
  }
});

const baseRoute = (route: string) => route.split(":")[0]!;

describe("every API route has a row in the authorization table", () => {
  it("no route file or method without a row, and no row without a route", () => {
    const rows = new Set(AUTHORIZATION_TABLE.map((row) => baseRoute(row.route)));
    expect([...handlers.keys()].filter((key) => !rows.has(key)), "add these to test/security/authorization-table.ts").toEqual([]);
    expect([...rows].filter((key) => !handlers.has(key)), "rows for routes that no longer exist").toEqual([]);
    expect(handlers.size).toBeGreaterThanOrEqual(20);
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

const ROLES: Role[] = ["anonymous", "contributor", "reviewer", "admin"];
const cells = AUTHORIZATION_TABLE.flatMap((row) =>
  ROLES.flatMap((role) => {
    const expected: Expected = row.expect[role];
    const whose = typeof expected === "number" ? (["other"] as const) : (["own", "other"] as const);
    return whose.map((w) => ({ row, role, whose: w, status: typeof expected === "number" ? expected : expected[w] }));
  }),
);

describe("authorization matrix: route × role × own or someone else's object", () => {
  let n = 0;
  it.each(cells.map((c) => [c.row.route, c.role, c.whose, c.status, c] as const))("%s as %s on %s object → %i", async (route, role, whose, status, cell) => {
    const caller = role === "anonymous" ? null : callers[role];
    const owner = whose === "own" && caller ? caller : bystander;
    const request = await cell.row.prepare({ db: database.db, owner, approver: owner.id === approver.id ? callers.admin : approver, n: ++n });
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
