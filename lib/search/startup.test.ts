import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { instanceSettings, searchDocuments } from "@/db/schema";
import { createTestDatabase } from "@/test/db";
import { ctxFor, makeEntity, makeUser, publish } from "@/test/factories";
import { useSearchEngine } from "./engine";
import { claimIndexBuild } from "./index-build";
import { postgresEngine } from "./postgres/engine";
import { search } from "./search";
import { startSearch } from "./startup";
import type { ReindexProgress, SearchEngine } from "./types";

/** An engine that indexes nothing as edits happen: a database restored without its index. */
const noIndexing: SearchEngine = { ...postgresEngine, indexChanges: async () => {} };

describe("start-up never waits for the search index", () => {
  let database: Database;
  const publicSearch = (q: string) => search(ctxFor(database.db, null), { q });
  const emptyIndex = () => database.db.delete(searchDocuments);

  beforeAll(async () => {
    database = await createTestDatabase();
    useSearchEngine(noIndexing);
    const author = await makeUser(database.db, "contributor");
    const reviewer = await makeUser(database.db, "reviewer");
    const entity = await makeEntity(database.db, author, "firm", "Restored Bearings Trading");
    await publish(database.db, author, reviewer, entity.revision.id);
  }, 120_000);
  afterAll(async () => {
    useSearchEngine(null);
    await database?.close();
  });

  it("answers searches while it builds, saying so, and stops saying so when done", async () => {
    await emptyIndex();
    let open: () => void = () => {};
    const gate = new Promise<void>((resolve) => (open = resolve));
    // The real rebuild, held at its first batch until the test has searched.
    useSearchEngine({
      ...postgresEngine,
      reindexAll: async (db, progress?: ReindexProgress) => {
        progress?.(0, 1);
        await gate;
        await postgresEngine.reindexAll(db, progress);
      },
    });
    const lines: string[] = [];
    const runtime = await startSearch(database.db, (l) => lines.push(l));
    expect(lines.join("\n")).toContain("building it in the background");

    const during = await publicSearch("Restored");
    expect(during.indexing).toMatchObject({ total: expect.any(Number) });
    expect(during.hits).toEqual([]);

    open();
    await runtime.built;
    await runtime.stop();
    expect(lines.join("\n")).toMatch(/search index built/);
    await new Promise((r) => setTimeout(r, 2_100)); // the status is cached for two seconds
    const after = await publicSearch("Restored");
    expect(after.indexing).toBeNull();
    expect(after.hits.map((h) => h.title)).toEqual(["Restored Bearings Trading"]);
  }, 60_000);

  it("leaves the build to the instance already doing it", async () => {
    await emptyIndex();
    useSearchEngine(postgresEngine);
    expect(await claimIndexBuild(database.db, 1)).toBe(true);
    const lines: string[] = [];
    const runtime = await startSearch(database.db, (l) => lines.push(l));
    await runtime.built;
    await runtime.stop();
    expect(lines.join("\n")).toContain("another instance is building it");
    expect(await database.db.select().from(searchDocuments)).toEqual([]);
    expect((await publicSearch("Restored")).indexing).not.toBeNull();
  }, 60_000);

  it("carries on a build whose instance died, even over a partly filled index", async () => {
    // The claim above is left as if its instance had died ten minutes ago.
    await database.db.update(instanceSettings).set({ updatedAt: sql`now() - interval '10 minutes'` }).where(eq(instanceSettings.key, "search_index_build"));
    useSearchEngine(postgresEngine);
    const lines: string[] = [];
    const runtime = await startSearch(database.db, (l) => lines.push(l));
    await runtime.built;
    await runtime.stop();
    expect(lines.join("\n")).toMatch(/search index built/);
    expect(await database.db.select().from(instanceSettings).where(eq(instanceSettings.key, "search_index_build"))).toEqual([]);
    expect((await publicSearch("Restored")).hits.map((h) => h.title)).toEqual(["Restored Bearings Trading"]);
  }, 60_000);
});
