import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import postgres from "postgres";
import { lockDataDir } from "./lock";
import * as schema from "./schema";

/** One Drizzle API over either driver; domain code sees only this. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export type Database = {
  db: Db;
  driver: "postgres" | "pglite";
  /** Where the data lives, for messages: a data folder, "memory" or the server's host. */
  location: string;
  close: () => Promise<void>;
};

export type OpenOptions =
  | { driver: "postgres"; url: string; max?: number }
  | { driver: "pglite"; dataDir: string }
  /** In memory; `from` is a data folder dumped by PGlite (tests start from a migrated one). */
  | { driver: "memory"; from?: Blob };

export const MIGRATIONS_FOLDER = path.join(/*turbopackIgnore: true*/ process.cwd(), "db", "migrations");

const PGLITE_EXTENSIONS = { pg_trgm, unaccent };

/** The options the environment asks for: DATABASE_URL, else the embedded folder DATA_DIR (default ./data). */
export function optionsFromEnv(env: NodeJS.ProcessEnv = process.env): OpenOptions {
  if (env.DATABASE_URL) return { driver: "postgres", url: env.DATABASE_URL };
  return { driver: "pglite", dataDir: path.resolve(/*turbopackIgnore: true*/ env.DATA_DIR || "./data") };
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.driver === "postgres") {
    const client = postgres(options.url, { max: options.max ?? 10, onnotice: () => {} });
    const host = new URL(options.url).host;
    return { db: drizzlePostgres(client, { schema }) as unknown as Db, driver: "postgres", location: host, close: () => client.end() };
  }
  if (options.driver === "memory") {
    const client = await PGlite.create({ extensions: PGLITE_EXTENSIONS, loadDataDir: options.from });
    return { db: drizzlePglite(client, { schema }) as unknown as Db, driver: "pglite", location: "memory", close: () => client.close() };
  }
  const release = lockDataDir(options.dataDir);
  try {
    const client = await PGlite.create({ dataDir: path.join(options.dataDir, "pgdata"), extensions: PGLITE_EXTENSIONS });
    const close = async () => {
      try {
        await client.close();
      } finally {
        release();
      }
    };
    return { db: drizzlePglite(client, { schema }) as unknown as Db, driver: "pglite", location: options.dataDir, close };
  } catch (err) {
    release();
    throw err;
  }
}

/** Brings the schema up to date. On PostgreSQL an advisory lock keeps concurrent instances from racing. */
export async function migrateDatabase(database: Database, options: OpenOptions): Promise<void> {
  if (options.driver === "postgres") {
    const client = postgres(options.url, { max: 1, onnotice: () => {} });
    try {
      await client`select pg_advisory_lock(7411)`;
      await migratePostgres(drizzlePostgres(client), { migrationsFolder: MIGRATIONS_FOLDER });
    } finally {
      await client`select pg_advisory_unlock(7411)`.catch(() => {});
      await client.end();
    }
    return;
  }
  await migratePglite(database.db as unknown as Parameters<typeof migratePglite>[0], { migrationsFolder: MIGRATIONS_FOLDER });
}
