import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { afterAll, beforeAll } from "vitest";
import { migrateDatabase, openDatabase, type Database } from "@/db/client";

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or a
 * new database on the PostgreSQL server of DATABASE_URL (dropped afterwards).
 */
export async function createTestDatabase(): Promise<Database> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const database = await openDatabase({ driver: "memory" });
    await migrateDatabase(database, { driver: "memory" });
    return database;
  }
  const name = `nexus_test_${randomBytes(6).toString("hex")}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
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
