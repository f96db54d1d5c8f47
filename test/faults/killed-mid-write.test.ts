import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { migrateDatabase, openDatabase, type OpenOptions } from "@/db/client";
import { createTestDatabase } from "@/test/db";
import { rows } from "@/test/security/fingerprint";
import { inconsistencies, missing } from "./consistency";

/**
 * A process writing through the domain functions is killed with SIGKILL in the middle of its
 * write load, then the database is opened again (as a restarted server would) and checked:
 * consistent, and holding every write the process saw committed. KILL_CYCLES sets how many
 * kill-and-restart rounds run per driver (CI 2; the documented full run 10).
 */
const CYCLES = Number(process.env.KILL_CYCLES) || 2;
// Node itself with tsx's loader: the tsx command runs the script in a child, which SIGKILL would not reach.
const NODE_ARGS = ["--import", "tsx", "test/faults/write-load.ts"];
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "nexus-kill-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

type Committed = { table: "entity_revisions" | "claim_revisions"; id: string };

/** Starts the write load, lets it commit a few writes, kills it at a random moment, and returns what it reported committed. */
async function killMidWrite(env: Record<string, string>): Promise<Committed[]> {
  const child = spawn(process.execPath, NODE_ARGS, { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  const committed: Committed[] = [];
  let stderr = "";
  let buffer = "";
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    const target = 6 + Math.floor(Math.random() * 10);
    child.stdout.on("data", (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split("\n");
      buffer = lines.pop()!;
      for (const line of lines) {
        const match = /^committed (entity_revisions|claim_revisions) ([0-9a-f-]{36})$/.exec(line);
        if (match) committed.push({ table: match[1] as Committed["table"], id: match[2]! });
      }
      if (committed.length >= target) resolve();
    });
    void exited.then(() => reject(new Error(`the write load exited early: ${stderr.slice(-2000)}`)));
  });
  // A random moment inside the next writes, so the kill lands mid-transaction as often as between them.
  await new Promise((resolve) => setTimeout(resolve, Math.random() * 150));
  child.kill("SIGKILL");
  await exited;
  // Lines already in the pipe when it died were committed too.
  for (const line of buffer.split("\n")) {
    const match = /^committed (entity_revisions|claim_revisions) ([0-9a-f-]{36})$/.exec(line);
    if (match) committed.push({ table: match[1] as Committed["table"], id: match[2]! });
  }
  return committed;
}

async function checkAfterRestart(options: OpenOptions, committed: Committed[]) {
  const database = await openDatabase(options); // the embedded driver takes over the dead process's lock here
  try {
    await migrateDatabase(database, options);
    expect(await inconsistencies(database.db)).toEqual({});
    expect(await missing(database.db, committed)).toEqual([]);
    const [row] = rows<{ n: number }>(await database.db.execute(sql`select count(*)::int as n from entity_revisions`));
    return row!.n;
  } finally {
    await database.close();
  }
}

describe("SIGKILL in the middle of a write load, then a restart", () => {
  it(`embedded database: ${CYCLES} kills, consistent and nothing committed lost`, async () => {
    const dataDir = path.join(tmp, "embedded");
    const all: Committed[] = [];
    for (let cycle = 0; cycle < CYCLES; cycle++) {
      all.push(...(await killMidWrite({ DATABASE_URL: "", DATA_DIR: dataDir })));
      // Everything reported over all cycles so far must still be there.
      expect(await checkAfterRestart({ driver: "pglite", dataDir }, all)).toBeGreaterThanOrEqual(all.filter((c) => c.table === "entity_revisions").length);
    }
    console.log(`[faults] embedded: ${CYCLES} kills survived, ${all.length} committed writes checked, 0 lost`);
  }, 120_000 + CYCLES * 60_000);

  it.skipIf(!process.env.DATABASE_URL)(`PostgreSQL: ${CYCLES} kills, consistent and nothing committed lost (skipped without DATABASE_URL)`, async () => {
    const database = await createTestDatabase();
    try {
      const [row] = rows<{ name: string }>(await database.db.execute(sql`select current_database() as name`));
      const url = new URL(process.env.DATABASE_URL!);
      url.pathname = `/${row!.name}`;
      const all: Committed[] = [];
      for (let cycle = 0; cycle < CYCLES; cycle++) {
        all.push(...(await killMidWrite({ DATABASE_URL: url.toString() })));
        await checkAfterRestart({ driver: "postgres", url: url.toString(), max: 2 }, all);
      }
      console.log(`[faults] PostgreSQL: ${CYCLES} kills survived, ${all.length} committed writes checked, 0 lost`);
    } finally {
      await database.close();
    }
  }, 120_000 + CYCLES * 30_000);
});
