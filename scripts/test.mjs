#!/usr/bin/env node
// `npm test`: type-check, the layer boundaries and lint (`npm run lint`: dependency-cruiser and Next's
// ESLint config), unit and integration tests (Vitest; PGlite, or PostgreSQL when DATABASE_URL is set),
// a production build, then the browser journeys (Playwright, system Chromium) against it.
// Ends with one line "test: N passed, N failed, N skipped" summing both runners.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const results = path.join(root, "tmp", "results");
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
// --unit-only: just the Vitest suite (CI runs it a second time against PostgreSQL).
const unitOnly = process.argv.includes("--unit-only");

function run(label, cmd, args, extraEnv = {}) {
  console.log(`\n── ${label} ──`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: "inherit", env: { ...env, ...extraEnv } });
  return r.status === 0;
}

const totals = { passed: 0, failed: 0, skipped: 0 };
// Skips said apart, so a real-server half that did not run is not lost among the screen-size skips.
const skips = { meili: 0, browser: 0, other: 0 };
const REAL_MEILI = "Meilisearch engine on a real server";
let ok = unitOnly || run("type-check", bin("tsc"), ["--noEmit"]);
// A forbidden import fails here, naming its rule (.dependency-cruiser.cjs; docs/architecture.md).
if (ok && !unitOnly) ok = run("layer boundaries and lint", process.execPath, [path.join(root, "scripts", "lint.mjs")]);

if (ok) {
  const vitestJson = path.join(results, "vitest.json");
  const db = process.env.DATABASE_URL ? "PostgreSQL" : "PGlite";
  ok = run(`unit and integration tests (${db})`, bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile=${vitestJson}`]) && ok;
  if (existsSync(vitestJson)) {
    const v = JSON.parse(readFileSync(vitestJson, "utf8"));
    totals.passed += v.numPassedTests;
    totals.failed += v.numFailedTests;
    totals.skipped += v.numPendingTests + v.numTodoTests;
    const skipped = v.testResults.flatMap((f) => f.assertionResults).filter((t) => ["pending", "skipped", "todo"].includes(t.status));
    skips.meili += skipped.filter((t) => t.ancestorTitles.some((a) => a.startsWith(REAL_MEILI))).length;
    skips.other += skipped.length - skips.meili;
  }
}

if (ok && !unitOnly) {
  // The browser tests drive the build of this very checkout, never a stale one.
  ok = run("production build", bin("next"), ["build"], { DATABASE_URL: "" });
  // No secret and no server-only module may reach what the browser downloads.
  if (ok) ok = run("client bundle check", process.execPath, [path.join(root, "scripts", "check-bundle.mjs")]);
  if (ok) {
    ok = run("browser tests", bin("playwright"), ["test"]) && ok;
    const pwJson = path.join(results, "playwright.json");
    if (existsSync(pwJson)) {
      const s = JSON.parse(readFileSync(pwJson, "utf8")).stats;
      totals.passed += s.expected;
      totals.failed += s.unexpected + s.flaky;
      totals.skipped += s.skipped;
      skips.browser += s.skipped;
    }
  }
}

if (!ok && totals.failed === 0) totals.failed = 1; // a step failed before any test could report
if (skips.meili > 0) console.log(`\nSKIPPED: ${skips.meili} tests of the search contract suite on a real Meilisearch server (set MEILI_URL to run them; the stand-in server run is not skipped).`);
console.log(`skipped: ${skips.meili} need a real Meilisearch (MEILI_URL), ${skips.browser} browser tests for the other screen size (desktop/phone), ${skips.other} other unit tests`);
console.log(`\ntest: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(ok ? 0 : 1);
