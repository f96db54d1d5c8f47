import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createTestDatabase, RUM_TEMPLATE, rumUnavailable } from "@/test/db";
import type { SearchDocument } from "../documents/document";
import { rowsOf } from "../rows";
import { detectRanking, ensureRumIndexes, RUM_INDEXES } from "./ranking";
import { matchOf, rankedStatement } from "./statements";
import { replaceDocuments, TS_CONFIG } from "./write-documents";

const RUM_MISSING = await rumUnavailable();
if (RUM_MISSING) console.info(`SKIPPED: the RUM half of the ranking tests (${RUM_MISSING}).`);

const indexNames = async (db: Parameters<typeof detectRanking>[0]) =>
  rowsOf<{ indexname: string }>(await db.execute(sql`select indexname from pg_indexes where tablename = 'search_documents' order by indexname`)).map((r) => r.indexname);

describe("which index ranks full-text matches", () => {
  it("migrates where rum cannot be created (PGlite, a role that may not) and ranks with GIN", async () => {
    const database = await createTestDatabase();
    try {
      const names = await indexNames(database.db);
      expect(names).toContain("search_documents_published_idx");
      expect(names.some((n) => n.endsWith("_rum_idx"))).toBe(false);
      expect(await detectRanking(database.db)).toBe("gin");
      // Nothing to add without the extension.
      expect(await ensureRumIndexes(database.db)).toBe("gin");
    } finally {
      await database.close();
    }
  }, 120_000);

  it.skipIf(RUM_MISSING !== null)("creates the RUM indexes where rum exists, and a page reads the top of them", async () => {
    const database = await createTestDatabase({ template: RUM_TEMPLATE });
    try {
      const names = await indexNames(database.db);
      for (const index of [...RUM_INDEXES, "search_documents_published_idx"]) expect(names).toContain(index);
      expect(await detectRanking(database.db)).toBe("rum");
      const docs = Array.from({ length: 2_000 }, (_, i): SearchDocument => ({
        type: "claim", id: randomUUID(), scope: "published", kind: "claim", entityKind: "firm", slug: "a-firm", title: `Claim ${i}`,
        subtitle: null, names: [], latinNames: [], facts: [], body: i % 2 ? `Shipped to Moscow, lot ${i}.` : `Shipped to Minsk, lot ${i}.`,
        extra: "", countries: ["RU"], tiers: [], snippetText: `Claim ${i}`,
      }));
      await database.db.transaction((tx) => replaceDocuments(tx, "claim", docs.map((d) => d.id), docs));
      await database.db.execute(sql`analyze search_documents`);

      const query = { q: "moscow", view: "published" as const, kinds: [], limit: 20, offset: 0 };
      const statement = rankedStatement(matchOf(sql`websearch_to_tsquery(${TS_CONFIG}, ${"moscow"})`, query), query, "rum");
      const plan = rowsOf<{ "QUERY PLAN": string }>(await database.db.execute(sql`explain ${statement}`)).map((r) => r["QUERY PLAN"]).join("\n");
      // Ordered by the index itself: no sort of every match.
      expect(plan).toMatch(/Index Scan using search_documents_published_rum_idx[\s\S]*Order By: \(document <=>/);
    } finally {
      await database.close();
    }
  }, 120_000);
});
