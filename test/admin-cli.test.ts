import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { lockDataDir } from "@/db/lock";
import { runScript } from "@/test/cli";

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "nexus-admin-"));

/** Runs `npm run admin -- …` against an embedded database in a temporary folder. */
const admin = (...args: string[]) => runScript("scripts/admin.ts", dataDir, args);

afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe("the admin CLI (embedded database)", () => {
  it("creates a user, changes the role and prints a new token as the last line", async () => {
    const created = await admin("user:create", "--email", "Editor@Example.org", "--name", "Ed", "--role", "reviewer", "--password", "a long password");
    expect(created.code, created.stderr).toBe(0);
    expect(created.stdout).toContain("Created reviewer editor@example.org");

    const role = await admin("user:role", "--email", "editor@example.org", "--role", "admin");
    expect(role.stdout).toContain("is now admin");

    const token = await admin("token:create", "--email", "editor@example.org");
    expect(token.stdout.trim().split("\n").at(-1)).toMatch(/^nw_[A-Za-z0-9_-]{40,}$/);

    const scoped = await admin("token:create", "--email", "editor@example.org", "--scopes", "read,write", "--expires", "30d");
    expect(scoped.code, scoped.stderr).toBe(0);
    expect(scoped.stdout).toContain("scopes read, write");
    expect(scoped.stdout.trim().split("\n").at(-1)).toMatch(/^nw_[A-Za-z0-9_-]{40,}$/);
    const wrong = await admin("token:create", "--email", "editor@example.org", "--scopes", "read,everything");
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain("scopes are read, write, review and admin");
  }, 180_000);

  it("says clearly what is wrong with bad input", async () => {
    const bad = await admin("user:create", "--email", "x@example.org", "--name", "X", "--role", "overlord", "--password", "a long password");
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("role");
    const usage = await admin("user:delete");
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("Usage");
  }, 120_000);

  it("refuses to run while a server holds the data folder", async () => {
    const release = lockDataDir(dataDir, "next-server (test)");
    try {
      const locked = await admin("user:role", "--email", "editor@example.org", "--role", "contributor");
      expect(locked.code).toBe(1);
      expect(locked.stderr).toContain("in use by process");
      expect(locked.stderr).toContain("next-server (test)");
    } finally {
      release();
    }
  }, 120_000);
});
