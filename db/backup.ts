import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { lockDataDir } from "./lock";

/**
 * Backups for both drivers. PostgreSQL: pg_dump's custom format (pg_restore reads it; the
 * pg_dump and pg_restore binaries must be on PATH). Embedded: PGlite's data-directory dump,
 * a gzipped tarball, loaded back into a fresh data folder. The embedded folder is locked while
 * this runs, so a running server makes it stop with the holder's name instead of copying a
 * database that is being written.
 */
const run = promisify(execFile);
const EXTENSIONS = { pg_trgm, unaccent };
const pgdata = (dataDir: string) => path.join(dataDir, "pgdata");

/** Writes to a temporary name and renames into place, so a failed backup never leaves a half file. */
async function writeAtomically(file: string, write: (tmp: string) => Promise<void>): Promise<void> {
  const tmp = `${file}.partial-${process.pid}`;
  try {
    await write(tmp);
    fs.renameSync(tmp, file);
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}

export async function backupEmbedded(dataDir: string, out: string): Promise<void> {
  if (!fs.existsSync(pgdata(dataDir))) throw new Error(`There is no embedded database in ${dataDir}.`);
  const release = lockDataDir(dataDir);
  try {
    const client = await PGlite.create({ dataDir: pgdata(dataDir), extensions: EXTENSIONS });
    try {
      const dump = await client.dumpDataDir("gzip");
      await writeAtomically(out, async (tmp) => fs.writeFileSync(tmp, Buffer.from(await dump.arrayBuffer())));
    } finally {
      await client.close();
    }
  } finally {
    release();
  }
}

/**
 * Replaces the embedded database with a backup. The current data is moved aside
 * (pgdata.before-restore-<time>), never deleted, and moved back if the backup cannot be loaded.
 */
export async function restoreEmbedded(input: string, dataDir: string): Promise<{ previous: string | null }> {
  const archive = new Blob([fs.readFileSync(input)]);
  const release = lockDataDir(dataDir);
  const target = pgdata(dataDir);
  const previous = fs.existsSync(target) ? `${target}.before-restore-${new Date().toISOString().replace(/[:.]/g, "-")}` : null;
  try {
    if (previous) fs.renameSync(target, previous);
    try {
      const client = await PGlite.create({ dataDir: target, loadDataDir: archive, extensions: EXTENSIONS });
      try {
        await client.query("select count(*) from pg_class"); // proves the restored cluster opens and answers
      } finally {
        await client.close();
      }
    } catch (err) {
      fs.rmSync(target, { recursive: true, force: true });
      if (previous) fs.renameSync(previous, target);
      throw new Error(`${input} is not an embedded-database backup that can be loaded: ${(err as Error).message}`);
    }
    return { previous };
  } finally {
    release();
  }
}

async function runTool(tool: "pg_dump" | "pg_restore", args: string[]): Promise<void> {
  try {
    await run(tool, args, { maxBuffer: 16 * 1024 * 1024 });
  } catch (err) {
    const e = err as NodeJS.ErrnoException & { stderr?: string };
    if (e.code === "ENOENT") throw new Error(`${tool} was not found on PATH: install the PostgreSQL client tools (the same major version as the server, or newer).`);
    throw new Error(`${tool} failed: ${(e.stderr ?? e.message).trim()}`);
  }
}

export async function backupPostgres(url: string, out: string): Promise<void> {
  await writeAtomically(out, (tmp) => runTool("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", `--file=${tmp}`, `--dbname=${url}`]));
}

/**
 * Restores a pg_dump backup into the database of `url`, replacing the objects it holds, in one
 * transaction: it either fully succeeds or leaves the database as it was.
 */
export async function restorePostgres(input: string, url: string): Promise<void> {
  if (!fs.existsSync(input)) throw new Error(`${input} does not exist.`);
  await runTool("pg_restore", ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error", `--dbname=${url}`, input]);
}
