import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nexus-bundle-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function check(env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ["scripts/check-bundle.mjs", "--dir", dir], { encoding: "utf8", env: { ...process.env, ...env } });
  return { code: result.status, output: result.stdout + result.stderr };
}

describe("scripts/check-bundle.mjs (run by npm test on the build)", () => {
  it("passes a clean bundle", () => {
    fs.writeFileSync(path.join(dir, "page.js"), 'console.log("hello");');
    expect(check()).toMatchObject({ code: 0 });
  });

  it("finds a leaked secret value, a secret's shape and a server-only module", () => {
    fs.writeFileSync(path.join(dir, "leak.js"), [
      'const s = "correct-horse-battery-staple-42";',
      'const u = "postgres://nexus:hunter2@db:5432/nexus";',
      'const q = "select pg_advisory_lock(7411)";',
    ].join("\n"));
    const { code, output } = check({ AUTH_SECRET: "correct-horse-battery-staple-42" });
    expect(code).toBe(1);
    expect(output).toContain("the value of AUTH_SECRET");
    expect(output).toContain("a database URL with a password");
    expect(output).toContain("pg_advisory_lock");
  });
});
