import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { rowsOf } from "../rows";

/**
 * How the PostgreSQL engine orders full-text matches.
 * - "rum": `ORDER BY document <=> query` on the RUM index (extension rum, migration 0008). The
 *   index holds word positions and weights, so it ranks inside the index: the page fetches only
 *   the rows it shows, whatever the number of matches.
 * - "gin": `ts_rank` over every match the GIN index finds. Always available (PGlite, servers
 *   without the extension); its cost grows with the number of matches.
 */
export type Ranking = "rum" | "gin";

export const RUM_INDEXES = ["search_documents_published_rum_idx", "search_documents_latest_rum_idx"] as const;

/** Per database handle: the catalogue is read once, not per search. */
const detected = new WeakMap<Db, Promise<Ranking>>();

/** "rum" when both RUM indexes of migration 0008 exist in this database, else "gin". */
export function detectRanking(db: Db): Promise<Ranking> {
  let ranking = detected.get(db);
  if (!ranking) {
    ranking = rumIndexCount(db).then((n) => (n === RUM_INDEXES.length ? "rum" : "gin"));
    // A failed look-up is not remembered: the next search asks again.
    ranking.catch(() => detected.delete(db));
    detected.set(db, ranking);
  }
  return ranking;
}

async function rumIndexCount(db: Db): Promise<number> {
  const names = sql.join(RUM_INDEXES.map((n) => sql`${n}`), sql`, `);
  const [row] = rowsOf<{ n: number | string }>(
    await db.execute(sql`select count(*)::int as n from pg_indexes where schemaname = current_schema() and indexname in (${names})`),
  );
  return Number(row?.n ?? 0);
}

/**
 * Creates the RUM indexes when the extension is there but they are not: rum installed after the
 * migrations ran (an administrator's `CREATE EXTENSION rum`). Answers what the engine will use.
 * Building takes a while on a large index (see docs/benchmarks.md); searches keep working on GIN.
 */
export async function ensureRumIndexes(db: Db): Promise<Ranking> {
  const [ext] = rowsOf<{ present: boolean }>(await db.execute(sql`select exists (select 1 from pg_extension where extname = 'rum') as present`));
  if (!ext?.present) return "gin";
  for (const [name, scope] of [[RUM_INDEXES[0], "published"], [RUM_INDEXES[1], "latest"]] as const) {
    await db.execute(
      sql.raw(`create index if not exists ${name} on search_documents using rum (document rum_tsvector_ops) where scope = '${scope}'`),
    );
  }
  detected.delete(db);
  return detectRanking(db);
}
