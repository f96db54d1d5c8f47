import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const tsx = path.resolve("node_modules/.bin/tsx");

export type CliResult = { code: number; stdout: string; stderr: string };

/**
 * Runs one of the npm scripts' TypeScript entry points (e.g. scripts/admin.ts) as its own
 * process against the embedded database in `dataDir`, and returns its exit code and output.
 */
export async function runScript(script: string, dataDir: string, args: string[]): Promise<CliResult> {
  try {
    const { stdout, stderr } = await run(tsx, [script, ...args], {
      env: { ...process.env, DATABASE_URL: "", DATA_DIR: dataDir },
      timeout: 120_000,
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}
