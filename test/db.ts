import { createHash, randomBytes } from "node:crypto";
import { mkdir, readdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import postgres from "postgres";
import { afterAll, beforeAll } from "vitest";
import { MIGRATIONS_FOLDER, migrateDatabase, openDatabase, type Database } from "@/db/client";

/**
 * The database template with the rum extension that `.ci/run` creates (rum is not a trusted
 * extension: the test role cannot create it, but may copy a template that has it).
 */
export const RUM_TEMPLATE = "nexus_template_rum";

/**
 * Why tests that need the rum extension cannot run here, or null when they can: a PostgreSQL
 * server (DATABASE_URL) with the template RUM_TEMPLATE holding the extension.
 */
export async function rumUnavailable(): Promise<string | null> {
  const url = process.env.DATABASE_URL;
  if (!url) return "PGlite has no rum extension";
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const [row] = await admin`select exists (select 1 from pg_database where datname = ${RUM_TEMPLATE} and datistemplate) as present`;
    return row?.present ? null : `no template database ${RUM_TEMPLATE} with the rum extension on this server (.ci/run creates it)`;
  } finally {
    await admin.end();
  }
}

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or a
 * new database on the PostgreSQL server of DATABASE_URL (dropped afterwards), copied
 * from `template` when given (PostgreSQL only).
 */
export async function createTestDatabase(create: { template?: string } = {}): Promise<Database> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    if (create.template) throw new Error(`createTestDatabase: a template (${create.template}) needs DATABASE_URL`);
    const database = await openDatabase({ driver: "memory", from: await migratedTemplate() });
    // A no-op on the template; the whole schema when there was none to start from.
    await migrateDatabase(database, { driver: "memory" });
    return database;
  }
  const name = `nexus_test_${randomBytes(6).toString("hex")}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}${create.template ? ` template ${create.template}` : ""}`);
  await admin.end();
  const testUrl = new URL(url);
  testUrl.pathname = `/${name}`;
  const options = { driver: "postgres" as const, url: testUrl.toString(), max: 20 };
  const database = await openDatabase(options);
  await migrateDatabase(database, options);
  return {
    ...database,
    close: async () => {
      await database.close();
      const cleanup = postgres(url, { max: 1, onnotice: () => {} });
      // Dropping is housekeeping: a background worker still attached (which FORCE may not
      // terminate without privileges) must not fail the tests. A leftover test database is harmless.
      await cleanup.unsafe(`drop database if exists ${name}`).catch(async () => {
        await new Promise((r) => setTimeout(r, 500));
        await cleanup.unsafe(`drop database if exists ${name}`).catch((err) => console.warn(`[test] could not drop ${name}: ${(err as Error).message}`));
      });
      await cleanup.end();
    },
  };
}

/**
 * For a test file: a fresh database before its tests, closed after them. Read `.db`
 * inside tests (it is set once beforeAll has run).
 */
export function useTestDatabase(): { readonly db: Database["db"] } {
  let database: Database | undefined;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database?.close());
  return {
    get db() {
      if (!database) throw new Error("useTestDatabase: the database is ready inside tests, not at import time");
      return database.db;
    },
  };
}

/**
 * A freshly migrated PGlite data folder, dumped once and kept under tmp/ (keyed by the
 * migrations), so each test database loads it in about a second instead of running initdb
 * (ten and more on a busy machine). Undefined when it cannot be made: tests then start empty.
 */
async function migratedTemplate(): Promise<Blob | undefined> {
  const hash = createHash("sha256");
  for (const name of (await readdir(MIGRATIONS_FOLDER, { recursive: true })).sort()) {
    const file = path.join(MIGRATIONS_FOLDER, name);
    hash.update(name).update(await readFile(file).catch(() => Buffer.alloc(0)));
  }
  const file = path.join(process.cwd(), "tmp", "test-db", `pglite-${hash.digest("hex").slice(0, 16)}.tar`);
  const cached = await readFile(file).catch(() => null);
  if (cached) return new Blob([cached]);
  try {
    const fresh = await openDatabase({ driver: "memory" });
    await migrateDatabase(fresh, { driver: "memory" });
    const dump = await (fresh.db as unknown as { $client: PGlite }).$client.dumpDataDir("none");
    await fresh.close();
    // Written aside and renamed, so a parallel test file never reads half a dump.
    await mkdir(path.dirname(file), { recursive: true });
    const partial = `${file}.${process.pid}.${randomBytes(4).toString("hex")}`;
    await writeFile(partial, Buffer.from(await dump.arrayBuffer()));
    await rename(partial, file);
    return dump;
  } catch (err) {
    console.warn(`[test] no migrated template (${(err as Error).message}); starting from an empty database`);
    return undefined;
  }
}
