import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Database } from "@/db/client";
import { useDatabaseForTests } from "@/server/database";
import type { Actor } from "@/lib/context";
import { createTestDatabase } from "@/test/db";
import { makeUser } from "@/test/factories";
import { changeMarker } from "./fingerprint";
import { databaseFixtures } from "./database-fixtures";
import { actionCells, SERVER_ACTION_TABLE } from "./server-action-table";

/**
 * Server actions by role and ownership. The session is replaced by the actor of each cell
 * (sessionActor is what runAction asks), and redirect() by a marker, so the action runs as
 * it would for that user. Next's own Origin check on actions is proven in e2e/security.spec.ts.
 */
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/app/_server/actor", () => ({ sessionActor: async () => session.actor }));
class Redirected extends Error {}
vi.mock("next/navigation", () => ({ redirect: (to: string) => { throw new Redirected(to); } }));

const { restoreRevisionAction } = await import("@/app/workspace/entities/[slug]/history/actions");
const { restoreClaimRevisionAction } = await import("@/app/workspace/claims/[id]/history/actions");

/** The callable behind each row of the table. */
const CALLABLE: Record<string, (...args: string[]) => Promise<unknown>> = {
  "app/workspace/entities/[slug]/history/actions.ts#restoreRevisionAction": restoreRevisionAction,
  "app/workspace/claims/[id]/history/actions.ts#restoreClaimRevisionAction": restoreClaimRevisionAction,
};

let database: Database;
const fixtures = databaseFixtures(() => database.db);

/** "file#export" for every exported async function of every "use server" file under app/. */
function serverActions(dir = path.resolve("app")): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...serverActions(full));
    else if (/\.tsx?$/.test(entry.name)) {
      const text = fs.readFileSync(full, "utf8");
      if (!/^\s*["']use server["']/.test(text)) continue;
      for (const match of text.matchAll(/^export (?:async function|const) (\w+)/gm)) found.push(`${path.relative(process.cwd(), full)}#${match[1]}`);
    }
  }
  return found;
}

beforeAll(async () => {
  database = await createTestDatabase();
  useDatabaseForTests(database);
});
afterAll(() => database.close());

describe("server actions × role × own or someone else's object", () => {
  it("every exported server action has a row", () => {
    const rows = new Set(SERVER_ACTION_TABLE.map((row) => row.action));
    expect(serverActions().filter((action) => !rows.has(action)), "add these to test/security/server-action-table.ts").toEqual([]);
  });

  it("every row with cells names an action this run can call", () => {
    expect(SERVER_ACTION_TABLE.filter((row) => row.prepare && !CALLABLE[row.action]).map((row) => row.action)).toEqual([]);
  });

  const cells = actionCells().map((cell) => [cell.row.action, cell.role, cell.whose, cell.allowed, cell] as const);
  it.each(cells)("%s as %s on %s object → allowed: %s", async (name, role, whose, allowed, cell) => {
    const me = role === "anonymous" ? null : await makeUser(database.db, role);
    const owner = whose === "own" && me ? me : await makeUser(database.db, "contributor");
    const call = await cell.row.prepare!({ owner, approver: owner, n: 0, fx: fixtures });
    session.actor = me;
    const before = await changeMarker(database.db);
    const outcome = await CALLABLE[name]!(...call.args).then((value) => ({ value }), (err: unknown) => ({ err }));
    if (allowed) {
      expect("err" in outcome && outcome.err instanceof Redirected, JSON.stringify(outcome)).toBe(true);
    } else {
      expect(outcome).toEqual({ value: { error: "Sign in first." } });
      expect(await changeMarker(database.db)).toBe(before);
    }
  });
});
