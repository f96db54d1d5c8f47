import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../../..");
const nextBin = path.join(root, "node_modules", ".bin", "next");

/** A production build of the working tree; `force` rebuilds (after changing app code). */
export function ensureBuild(force: boolean): void {
  if (!force && existsSync(path.join(root, ".next", "BUILD_ID"))) return;
  console.error("[bench] next build…");
  const build = spawnSync(nextBin, ["build"], { cwd: root, stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (build.status !== 0) throw new Error("next build failed");
}

export type Server = { pid: number; origin: string; stop: () => Promise<void>; log: () => string };

/**
 * The production server (scripts/server.mjs, as `npm start` runs it) on the benchmark database. Rate limits are lifted: the write benchmark
 * measures the write path, not the limiter (API_WRITES_PER_MINUTE etc.).
 */
export async function startServer(databaseUrl: string, port: number, env: Record<string, string> = {}): Promise<Server> {
  // What `npm start` runs (scripts/start.mjs): scripts/server.mjs, Next plus the page cache.
  const child: ChildProcess = spawn(process.execPath, [path.join(root, "scripts", "server.mjs")], {
    cwd: root,
    env: {
      ...process.env, ...env, DATABASE_URL: databaseUrl, PORT: String(port), NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1",
      API_WRITES_PER_MINUTE: "100000000", API_TOKEN_REQUESTS_PER_MINUTE: "100000000",
    },
    stdio: ["ignore", "pipe", "pipe"],
    detached: false,
  });
  let output = "";
  child.stdout!.on("data", (d) => (output = (output + d).slice(-20_000)));
  child.stderr!.on("data", (d) => (output = (output + d).slice(-20_000)));
  const origin = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode !== null) return;
    child.kill("SIGTERM");
    const timeout = setTimeout(() => child.kill("SIGKILL"), 5000);
    await exited;
    clearTimeout(timeout);
  };
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited:\n${output}`);
    try {
      const res = await fetch(`${origin}/`);
      if (res.ok) return { pid: child.pid!, origin, stop, log: () => output };
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  await stop();
  throw new Error(`the server did not answer within 120 s:\n${output}`);
}
