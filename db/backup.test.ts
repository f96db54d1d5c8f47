import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { backupEmbedded, backupPostgres, restoreEmbedded, restorePostgres } from "@/db/backup";
import { migrateDatabase, openDatabase, type Db, type OpenOptions } from "@/db/client";
import { DataDirLockedError, lockDataDir } from "@/db/lock";
import { createTestDatabase } from "@/test/db";
import { makeClaim, makeEntity, makeUser, publish } from "@/test/factories";
import { rows, tableFingerprint } from "@/test/security/fingerprint";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "nexus-backup-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Some of everything: users, a published entity with a published claim (sources, citations, review events, audit rows). */
async function fill(db: Db, label: string) {
  const author = await makeUser(db, "contributor");
  const reviewer = await makeUser(db, "reviewer");
  const entity = await makeEntity(db, author, "firm", `Backup firm ${label}`);
  await publish(db, author, reviewer, entity.revision.id);
  const claim = await makeClaim(db, author, entity.slug, `Backed-up claim ${label}`);
  await publish(db, author, reviewer, claim.revision.id);
}

async function withDatabase<T>(options: OpenOptions, fn: (db: Db) => Promise<T>): Promise<T> {
  const database = await openDatabase(options);
  try {
    await migrateDatabase(database, options);
    return await fn(database.db);
  } finally {
    await database.close();
  }
}

describe("backup and restore of the embedded database", () => {
  const dataDir = path.join(tmp, "data");
  const options: OpenOptions = { driver: "pglite", dataDir };
  const file = path.join(tmp, "embedded.tar.gz");

  it("restores exactly what was backed up, and keeps the replaced data aside", async () => {
    const original = await withDatabase(options, async (db) => {
      await fill(db, "one");
      return tableFingerprint(db, { all: true });
    });
    await backupEmbedded(dataDir, file);
    expect(fs.statSync(file).size).toBeGreaterThan(1000);

    await withDatabase(options, (db) => fill(db, "two")); // changes after the backup are undone by the restore
    const { previous } = await restoreEmbedded(file, dataDir);
    expect(previous && fs.existsSync(previous)).toBe(true);

    const restored = await withDatabase(options, (db) => tableFingerprint(db, { all: true }));
    expect(restored).toEqual(original);
    expect(Number(restored.entities!.split(":")[0])).toBeGreaterThan(0);
  }, 180_000);

  it("refuses while a server holds the data folder, naming it", async () => {
    const release = lockDataDir(dataDir, "next-server (test)");
    try {
      await expect(backupEmbedded(dataDir, path.join(tmp, "locked.tar.gz"))).rejects.toBeInstanceOf(DataDirLockedError);
      await expect(restoreEmbedded(file, dataDir)).rejects.toThrow(/next-server \(test\)/);
    } finally {
      release();
    }
    expect(fs.existsSync(path.join(tmp, "locked.tar.gz"))).toBe(false);
  });

  it("refuses a file that is not a backup and leaves the database as it was", async () => {
    const junk = path.join(tmp, "junk.tar.gz");
    fs.writeFileSync(junk, "not a tarball");
    const before = await withDatabase(options, (db) => tableFingerprint(db, { all: true }));
    await expect(restoreEmbedded(junk, dataDir)).rejects.toThrow(/not an embedded-database backup/);
    expect(await withDatabase(options, (db) => tableFingerprint(db, { all: true }))).toEqual(before);
  }, 120_000);
});

describe.skipIf(!process.env.DATABASE_URL)("backup and restore on PostgreSQL (pg_dump custom format)", () => {
  it("restores exactly what was backed up into a database that changed since", async () => {
    const source = await createTestDatabase();
    try {
      const dbUrl = await urlOf(source.db);
      await fill(source.db, "pg-one");
      const original = await tableFingerprint(source.db, { all: true });
      const file = path.join(tmp, "postgres.dump");
      await backupPostgres(dbUrl, file);
      expect(fs.readFileSync(file).subarray(0, 5).toString()).toBe("PGDMP");

      await fill(source.db, "pg-two");
      expect(await tableFingerprint(source.db, { all: true })).not.toEqual(original);
      await restorePostgres(file, dbUrl);
      expect(await tableFingerprint(source.db, { all: true })).toEqual(original);
    } finally {
      await source.close();
    }
  }, 180_000);
});

/** The URL of the test database: DATABASE_URL's server with the test database's name. */
async function urlOf(db: Db): Promise<string> {
  const [row] = rows<{ name: string }>(await db.execute(sql`select current_database() as name`));
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `/${row!.name}`;
  return url.toString();
}
