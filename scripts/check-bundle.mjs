#!/usr/bin/env node
// Checks the client bundle of a production build (.next/static, everything a browser can download)
// for secrets and for server-only code. Run after `next build`; `npm test` does.
//   node scripts/check-bundle.mjs [--dir .next/static]
// Exit 0: clean. Exit 1: findings, one per line. Exit 2: no build to check.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const dirArg = process.argv.indexOf("--dir");
const dir = path.resolve(root, dirArg > 0 ? process.argv[dirArg + 1] : ".next/static");

/** Strings only server modules hold: finding one means a server module was bundled for the browser. */
const SERVER_MARKERS = [
  ["pg_advisory_lock", "db/client.ts (database driver and migrations)"],
  ["nexus-watch.database", "lib/process-state.mjs (process-wide state: the database, caches)"],
  ["nexus.lock", "db/lock.ts (data-folder lock)"],
  ["password_hash", "db/schema (users table: password hashes)"],
  ["token_hash", "db/schema (API token hashes)"],
  ["instance_settings", "db/schema (holds the generated auth secret)"],
  ["rate_limits", "db/schema (rate-limit counters)"],
  ["bcrypt", "lib/auth/password.ts (password hashing)"],
  ["@electric-sql/pglite", "the embedded database"],
  ["AUTH_SECRET", "a reference to the session-signing secret"],
];

/** Shapes of secrets that never belong in a browser download. */
const SECRET_PATTERNS = [
  [/-----BEGIN [A-Z ]*PRIVATE KEY-----/, "a private key"],
  [/postgres(?:ql)?:\/\/[^:/\s"'`]+:[^@\s"'`]+@/, "a database URL with a password"],
  [/\bnw_[A-Za-z0-9_-]{43}\b/, "a personal API token"],
];

/** The actual secret values this machine knows: environment secrets and the embedded auth secret. */
function knownSecrets() {
  const secrets = [];
  for (const [name, value] of Object.entries(process.env)) {
    if (/SECRET|PASSWORD|_KEY$|TOKEN/i.test(name) && value && value.length >= 12) secrets.push([value, `the value of ${name}`]);
  }
  const url = process.env.DATABASE_URL ? new URL(process.env.DATABASE_URL) : null;
  if (url?.password && url.password.length >= 6) secrets.push([decodeURIComponent(url.password), "the DATABASE_URL password"]);
  const secretFile = path.resolve(root, process.env.DATA_DIR || "data", "auth-secret");
  if (existsSync(secretFile)) secrets.push([readFileSync(secretFile, "utf8").trim(), `the auth secret in ${secretFile}`]);
  return secrets.filter(([value]) => value.length >= 6);
}

function* files(folder) {
  for (const name of readdirSync(folder)) {
    const file = path.join(folder, name);
    if (statSync(file).isDirectory()) yield* files(file);
    else yield file;
  }
}

if (!existsSync(dir)) {
  console.error(`check-bundle: no build at ${dir}; run \`next build\` first.`);
  process.exit(2);
}

const secrets = knownSecrets();
const findings = [];
let scanned = 0;
for (const file of files(dir)) {
  if (!/\.(js|mjs|css|json|map|txt|html)$/.test(file)) continue;
  scanned++;
  const text = readFileSync(file, "utf8");
  const where = path.relative(root, file);
  for (const [marker, what] of SERVER_MARKERS) if (text.includes(marker)) findings.push(`${where}: server-only code: "${marker}" from ${what}`);
  for (const [pattern, what] of SECRET_PATTERNS) if (pattern.test(text)) findings.push(`${where}: looks like ${what}`);
  for (const [value, what] of secrets) if (text.includes(value)) findings.push(`${where}: contains ${what}`);
}

if (findings.length) {
  console.error(`check-bundle: ${findings.length} finding(s) in the client bundle:`);
  for (const finding of findings) console.error(`  ${finding}`);
  process.exit(1);
}
console.log(`check-bundle: ${scanned} client files in ${path.relative(root, dir)}: no secrets, no server-only code (${SERVER_MARKERS.length} markers, ${SECRET_PATTERNS.length} secret shapes, ${secrets.length} known secret values).`);
