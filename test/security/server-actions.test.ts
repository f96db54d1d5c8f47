import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Database } from "@/db/client";
import { useDatabaseForTests } from "@/db/runtime";
import type { Actor } from "@/lib/context";
import { createTestDatabase } from "@/test/db";
import { makeClaim, makeEntity, makeUser } from "@/test/factories";
import { changeMarker } from "./fingerprint";

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

type Role = "anonymous" | "contributor" | "reviewer" | "admin";
type Row = { action: string; public?: string; run?: (owner: Actor) => Promise<() => Promise<unknown>>; allowed?: Role[] };

let database: Database;
const ACTIONS: Row[] = [
  { action: "app/signin/actions.ts#signInAction", public: "signs the caller in; rate limited per account and address (lib/auth/sign-in.ts)" },
  { action: "app/signin/actions.ts#signOutAction", public: "signs the caller out; touches no data" },
  {
    action: "app/workspace/entities/[slug]/history/actions.ts#restoreRevisionAction",
    allowed: ["contributor", "reviewer", "admin"],
    run: async (owner) => {
      const entity = await makeEntity(database.db, owner);
      return () => restoreRevisionAction(entity.slug, entity.revision.id);
    },
  },
  {
    action: "app/workspace/claims/[id]/history/actions.ts#restoreClaimRevisionAction",
    allowed: ["contributor", "reviewer", "admin"],
    run: async (owner) => {
      const entity = await makeEntity(database.db, owner);
      const claim = await makeClaim(database.db, owner, entity.slug);
      return () => restoreClaimRevisionAction(claim.id, claim.revision.id);
    },
  },
];

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
    const rows = new Set(ACTIONS.map((row) => row.action));
    expect(serverActions().filter((action) => !rows.has(action)), "add these to test/security/server-actions.test.ts").toEqual([]);
  });

  const cells = ACTIONS.filter((row) => row.run).flatMap((row) =>
    (["anonymous", "contributor", "reviewer", "admin"] as Role[]).flatMap((role) =>
      (role === "anonymous" ? ["other"] : ["own", "other"]).map((whose) => [row.action, role, whose, row.allowed!.includes(role)] as const)));

  it.each(cells)("%s as %s on %s object → allowed: %s", async (name, role, whose, allowed) => {
    const row = ACTIONS.find((r) => r.action === name)!;
    const me = role === "anonymous" ? null : await makeUser(database.db, role);
    const owner = whose === "own" && me ? me : await makeUser(database.db, "contributor");
    const act = await row.run!(owner);
    session.actor = me;
    const before = await changeMarker(database.db);
    const outcome = await act().then((value) => ({ value }), (err: unknown) => ({ err }));
    if (allowed) {
      expect("err" in outcome && outcome.err instanceof Redirected, JSON.stringify(outcome)).toBe(true);
    } else {
      expect(outcome).toEqual({ value: { error: "Sign in first." } });
      expect(await changeMarker(database.db)).toBe(before);
    }
  });
});
