#!/usr/bin/env node
// `npm run lint` (and a step of `npm test`): the layer boundaries (dependency-cruiser, rules in
// .dependency-cruiser.cjs; a forbidden import fails naming its rule), then Next's ESLint config
// (eslint.config.mjs) with no warnings allowed. docs/architecture.md explains the rules.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);
/** The folders the boundary rules speak of (those that exist). */
const LAYERS = ["app", "components", "http", "lib", "db", "server"].filter((dir) => existsSync(path.join(root, dir)));

function run(label, cmd, args) {
  console.log(`· ${label}`);
  return spawnSync(cmd, args, { cwd: root, stdio: "inherit" }).status === 0;
}

const boundaries = run("layer boundaries (dependency-cruiser)", bin("depcruise"), ["--config", ".dependency-cruiser.cjs", "--output-type", "err", ...LAYERS]);
const lint = run("lint (eslint-config-next)", bin("eslint"), ["--max-warnings", "0", "."]);
process.exit(boundaries && lint ? 0 : 1);
