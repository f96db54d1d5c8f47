// npm run search:reindex
// Rebuilds the configured search engine's index from the database: PostgreSQL by default,
// Meilisearch when MEILI_URL is set. Safe while servers run against PostgreSQL (searches keep
// working and edits made meanwhile are replayed at the end); the embedded database is locked
// by a running server, so stop it first (this says so if you forget). With PostgreSQL it also
// creates the RUM indexes when the rum extension was added after the migrations ran.
import { migrateDatabase, openDatabase, optionsFromEnv } from "@/db/client";
import { DataDirLockedError } from "@/db/lock";
import { searchEngine } from "@/lib/search/engine";
import { isMeiliEngine } from "@/lib/search/meili/engine";
import { outboxBacklog } from "@/lib/search/meili/outbox";
import { ensureRumIndexes } from "@/lib/search/postgres/ranking";
import { progressBar } from "./progress";

async function main(): Promise<number> {
  const options = optionsFromEnv();
  const database = await openDatabase(options);
  try {
    await migrateDatabase(database, options);
    const engine = searchEngine();
    const where = isMeiliEngine(engine) ? `Meilisearch at ${process.env.MEILI_URL}` : `PostgreSQL (${database.location})`;
    console.error(`Rebuilding the search index in ${where}…`);
    const bar = progressBar("indexed");
    await engine.reindexAll(database.db, bar.update);
    bar.done("Search index rebuilt.");
    if (!isMeiliEngine(engine)) {
      // rum created after the migrations ran (by an administrator): its indexes come now.
      const ranking = await ensureRumIndexes(database.db);
      console.error(ranking === "rum" ? "Ranking: RUM index (rum extension)." : "Ranking: GIN + ts_rank (no rum extension in this database).");
    }
    if (isMeiliEngine(engine)) {
      const backlog = await outboxBacklog(database.db);
      if (backlog.waiting > 0) console.error(`${backlog.waiting} changes wait in the outbox; a running server's worker sends them.`);
    }
    return 0;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    if (err instanceof DataDirLockedError) console.error(`search:reindex: ${err.message}`);
    else console.error(err);
    process.exit(1);
  },
);
