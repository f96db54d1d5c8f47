import { execSync } from "node:child_process";
import os from "node:os";
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { rowsOf } from "@/lib/search/rows";

export function commitOf(): string {
  try {
    const sha = execSync("git rev-parse --short HEAD", { encoding: "utf8" }).trim();
    const dirty = execSync("git status --porcelain --untracked-files=no", { encoding: "utf8" }).trim() ? "+dirty" : "";
    return sha + dirty;
  } catch {
    return "unknown";
  }
}

export const loadAverage = () => os.loadavg().map((l) => Math.round(l * 100) / 100);

/** The facts a figure means nothing without: the machine, the versions, and how busy it was. */
export async function machineFacts(db: Db) {
  const [pg] = rowsOf<{ v: string }>(await db.execute(sql`select current_setting('server_version') as v`));
  return {
    cpu: os.cpus()[0]?.model ?? "?",
    cores: os.cpus().length,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    postgres: pg?.v ?? "?",
  };
}
