import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { migrateDatabase, openDatabase } from "@/db/client";
import { lockDataDir } from "@/db/lock";
import { searchDocuments } from "@/db/schema";
import { createTestDatabase } from "@/test/db";
import { ctxFor, makeEntity, makeUser, publish } from "@/test/factories";
import { useSearchEngine } from "./engine";
import { postgresEngine } from "./postgres/engine";
import { search } from "./search";
import { startSearch } from "./startup";

const run = promisify(execFile);
const tsx = path.resolve("node_modules/.bin/tsx");
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "nexus-reindex-"));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

/** An engine that indexes nothing: the database of an instance from before search existed. */
const noIndexing = { ...postgresEngine, indexChanges: async () => {} };

describe("building the index of an existing database", () => {
  it("fills an empty index when the server starts", async () => {
    const database = await createTestDatabase();
    try {
      useSearchEngine(noIndexing);
      const author = await makeUser(database.db, "contributor");
      const reviewer = await makeUser(database.db, "reviewer");
      const entity = await makeEntity(database.db, author, "firm", "Preexisting Parts Trading");
      await publish(database.db, author, reviewer, entity.revision.id);
      expect(await database.db.select().from(searchDocuments)).toEqual([]);

      useSearchEngine(postgresEngine);
      const lines: string[] = [];
      const runtime = await startSearch(database.db, (l) => lines.push(l));
      await runtime.built;
      await runtime.stop();
      expect(lines.join("\n")).toContain("building");
      const { hits } = await search(ctxFor(database.db, null), { q: "Preexisting" });
      expect(hits.map((h) => h.title)).toEqual(["Preexisting Parts Trading"]);
    } finally {
      useSearchEngine(null);
      await database.close();
    }
  }, 120_000);

  it("rebuilds from the command line with progress, and refuses a locked data folder", async () => {
    const database = await openDatabase({ driver: "pglite", dataDir });
    try {
      await migrateDatabase(database, { driver: "pglite", dataDir });
      useSearchEngine(noIndexing);
      const author = await makeUser(database.db, "contributor");
      await makeEntity(database.db, author, "firm", "Command Line Components");
    } finally {
      useSearchEngine(null);
      await database.close();
    }
    const env = { ...process.env, DATABASE_URL: "", DATA_DIR: dataDir, MEILI_URL: "" };
    const { stderr } = await run(tsx, ["scripts/search-reindex.ts"], { env, timeout: 120_000 });
    expect(stderr).toContain("Rebuilding the search index in PostgreSQL");
    expect(stderr).toMatch(/100% 1\/1/);
    expect(stderr).toContain("Search index rebuilt.");

    const reopened = await openDatabase({ driver: "pglite", dataDir });
    try {
      const docs = await reopened.db.select({ scope: searchDocuments.scope, title: searchDocuments.title }).from(searchDocuments);
      expect(docs).toEqual([{ scope: "latest", title: "Command Line Components" }]);
    } finally {
      await reopened.close();
    }

    const release = lockDataDir(dataDir);
    try {
      const locked = await run(tsx, ["scripts/search-reindex.ts"], { env, timeout: 60_000 }).catch((e: { code: number; stderr: string }) => e);
      expect(locked).toMatchObject({ code: 1 });
      expect((locked as { stderr: string }).stderr).toContain("search:reindex:");
    } finally {
      release();
    }
  }, 240_000);
});
