#!/usr/bin/env node
// `npm start`: builds once when there is no production build, then serves it on PORT (default 3000).
// The server opens the database itself (instrumentation.ts): migrations, demo seed, and the data-folder lock.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const next = path.join(root, "node_modules", ".bin", "next");
const port = process.env.PORT || "3000";

if (!existsSync(path.join(root, ".next", "BUILD_ID"))) {
  console.log("[nexus] no production build yet: building (a minute or two, once)…");
  const build = spawnSync(next, ["build"], { cwd: root, stdio: "inherit", env: process.env });
  if (build.status !== 0) {
    console.error("[nexus] the build failed; see above.");
    process.exit(build.status ?? 1);
  }
}

// scripts/server.mjs rather than `next start`: it takes the caller's address from the socket.
const server = spawn(process.execPath, [path.join(root, "scripts", "server.mjs")], { cwd: root, stdio: "inherit", env: { ...process.env, PORT: port } });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
