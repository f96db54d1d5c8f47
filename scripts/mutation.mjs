#!/usr/bin/env node
// `npm run test:mutation [group…]`: StrykerJS over each group of stryker.config.mjs in turn
// (all groups when none is named), one mutant at a time, niced; then one line per module
// with its mutation score, and how long each group took. Reports: tmp/mutation/<group>.html.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { GROUPS } from "../stryker.config.mjs";

const root = path.resolve(import.meta.dirname, "..");
const named = process.argv.slice(2);
const groups = named.length ? named : Object.keys(GROUPS);
const unknown = groups.filter((g) => !(g in GROUPS));
if (unknown.length) {
  console.error(`unknown group(s): ${unknown.join(", ")}; groups: ${Object.keys(GROUPS).join(", ")}`);
  process.exit(2);
}

const lines = [];
let ok = true;
for (const group of groups) {
  const started = Date.now();
  console.log(`\n── mutation testing: ${group} ──`);
  const r = spawnSync("nice", ["-n", "10", path.join(root, "node_modules", ".bin", "stryker"), "run"], {
    cwd: root, stdio: "inherit", env: { ...process.env, MUTATION_GROUP: group },
  });
  ok = r.status === 0 && ok;
  const minutes = ((Date.now() - started) / 60_000).toFixed(1);
  const report = path.join(root, "tmp", "mutation", `${group}.json`);
  if (!existsSync(report)) {
    lines.push(`${group}: no report (${minutes} min)`);
    continue;
  }
  for (const [file, { mutants }] of Object.entries(JSON.parse(readFileSync(report, "utf8")).files)) {
    const count = (...statuses) => mutants.filter((m) => statuses.includes(m.status)).length;
    const detected = count("Killed", "Timeout");
    const undetected = count("Survived", "NoCoverage");
    const score = detected + undetected ? ((100 * detected) / (detected + undetected)).toFixed(1) : "n/a";
    lines.push(`${group} · ${file}: ${score} % (${detected} killed, ${undetected} survived or uncovered, ${count("Ignored", "CompileError", "RuntimeError")} other)`);
  }
  lines.push(`${group}: ${minutes} min`);
}
console.log(`\n── mutation scores ──\n${lines.join("\n")}`);
process.exit(ok ? 0 : 1);
