import fs from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { apiRouteKeys } from "../test/security/api-routes";
import { AUTHORIZATION_TABLE, baseRoute, matrixCells, type Cell, type Role, type Setup } from "../test/security/authorization-table";
import { actionCells, SERVER_ACTION_TABLE, type ActionCall } from "../test/security/server-action-table";
import { DEMO, signedIn } from "./support/accounts";
import { apiFixtures } from "./support/api-fixtures";

/**
 * The authorization matrix (test/security/authorization-table.ts, the same rows the in-process run
 * reads) against the built server over HTTP, and the server actions' table through Next's own
 * action protocol (the Next-Action header with the id from the build's manifest, the bound
 * arguments as the body). Fixtures are made through the API up front; each cell is one request.
 * Members: contributor@, reviewer@, admin@ for their own objects; journalist@ owns the
 * "someone else's" objects and lawyer@ approves what a fixture needs published.
 */
test.skip(({ isMobile }) => isMobile, "runs once, on the desktop project");
test.describe.configure({ mode: "serial" });

type Member = Exclude<Role, "anonymous">;
const who: Record<Member | "bystander" | "approver", string> = {
  contributor: DEMO.contributor, reviewer: DEMO.reviewer, admin: DEMO.admin, bystander: DEMO.journalist, approver: DEMO.lawyer,
};
const users = {} as Record<keyof typeof who, APIRequestContext>;
let anonymous: APIRequestContext;
let origin: string;

const cells = matrixCells();
const actions = actionCells();
const prepared: Cell[] = [];
const preparedActions: ActionCall[] = [];

/** Action ids by "file#export" ("file#inline:N" for inline ones), from the build's manifest. */
function actionIds(): Map<string, string> {
  const manifest = JSON.parse(fs.readFileSync(path.resolve(".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  const ids = new Map<string, string>();
  for (const [id, entry] of Object.entries(manifest.node)) {
    const name = (entry.exportedName ?? "?").replace(/^\$\$RSC_SERVER_ACTION_(\d+)$/, "inline:$1");
    ids.set(`${entry.filename}#${name}`, id);
  }
  return ids;
}

const setupFor = (role: Role, whose: "own" | "other", n: number, fx: ReturnType<typeof apiFixtures>): Setup<APIRequestContext> => ({
  owner: whose === "own" && role !== "anonymous" ? users[role] : users.bystander,
  approver: users.approver,
  n,
  fx,
});

test.beforeAll(async ({ playwright, baseURL }) => {
  test.setTimeout(600_000);
  origin = baseURL!;
  for (const [key, email] of Object.entries(who)) users[key as keyof typeof who] = await signedIn(playwright.request, origin, email);
  anonymous = await playwright.request.newContext({ baseURL: origin });
  const run = Date.now().toString(36);
  const fx = apiFixtures(run);
  let n = Date.now();
  for (const cell of cells) prepared.push(await cell.row.prepare(setupFor(cell.role, cell.whose, ++n, fx)));
  for (const cell of actions) preparedActions.push(await cell.row.prepare!(setupFor(cell.role, cell.whose, ++n, fx)));
});
test.afterAll(async () => {
  await Promise.all([anonymous, ...Object.values(users)].map((context) => context?.dispose()));
});

const callerOf = (role: Role) => (role === "anonymous" ? anonymous : users[role]);

test("every API route and every server action of the build has a row, and every row a route or action", () => {
  const rows = new Set(AUTHORIZATION_TABLE.map((row) => baseRoute(row.route)));
  const routes = apiRouteKeys();
  expect(routes.filter((key) => !rows.has(key)), "add these to test/security/authorization-table.ts").toEqual([]);
  expect([...rows].filter((key) => !routes.includes(key)), "rows for routes that no longer exist").toEqual([]);

  const built = [...actionIds().keys()];
  const actionRows = new Set(SERVER_ACTION_TABLE.map((row) => row.action));
  expect(built.filter((name) => !actionRows.has(name)), "add these to test/security/server-action-table.ts").toEqual([]);
  expect([...actionRows].filter((name) => !built.includes(name)), "rows for actions the build does not hold").toEqual([]);
});

test.describe("API route × role × own or someone else's object, over HTTP", () => {
  cells.forEach((cell, i) => {
    test(`${cell.row.route} as ${cell.role} on ${cell.whose} object → ${cell.status}`, async () => {
      const request = prepared[i]!;
      const method = cell.row.route.split(" ")[0]!;
      const response = await callerOf(cell.role).fetch(`/api/v1${request.path}`, {
        method,
        ...(request.body === undefined ? {} : { data: request.body }),
        maxRedirects: 0,
      });
      const text = await response.text();
      expect(response.status(), text.slice(0, 300)).toBe(cell.status);
      if (cell.status >= 400) expect(JSON.parse(text)).toMatchObject({ error: { code: expect.any(String), message: expect.any(String) } });
    });
  });
});

/** The latest revision of the entity and of each of its claims: changes when anything is saved on it. */
async function state(slug: string): Promise<string> {
  const entity = await (await users.admin.get(`/api/v1/entities/${slug}?view=latest`)).json() as { latestRevisionId: string; claims: { revision: { id: string } }[] };
  return JSON.stringify([entity.latestRevisionId, entity.claims.map((claim) => claim.revision.id)]);
}

test.describe("server action × role × own or someone else's object, over HTTP", () => {
  actions.forEach((cell, i) => {
    test(`${cell.row.action} as ${cell.role} on ${cell.whose} object → allowed: ${cell.allowed}`, async () => {
      const call = preparedActions[i]!;
      const id = actionIds().get(cell.row.action);
      expect(id, "the build holds this action").toBeTruthy();
      const before = await state(call.slug);
      // What the browser sends when a bound action is called: its id, the arguments as the body, our Origin.
      const response = await callerOf(cell.role).post(call.page, {
        headers: { "next-action": id!, accept: "text/x-component", "content-type": "text/plain;charset=UTF-8", origin },
        data: JSON.stringify(call.args),
        maxRedirects: 0,
      });
      const text = await response.text();
      const after = await state(call.slug);
      if (cell.allowed) {
        expect(response.headers()["x-action-redirect"] ?? "", text.slice(0, 300)).toContain("/history");
        expect(after, "a restored revision was saved").not.toBe(before);
      } else {
        expect(text).toContain("Sign in first.");
        expect(response.headers()["x-action-redirect"]).toBeUndefined();
        expect(after, "nothing was written").toBe(before);
      }
    });
  });
});
