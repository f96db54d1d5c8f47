import type { Db } from "@/db/client";
import { entities, searchDocuments } from "@/db/schema";
import { searchEngine } from "./engine";
import { isMeiliEngine } from "./meili/engine";
import { startOutboxWorker } from "./meili/worker";
import { postgresEngine } from "./postgres/engine";

/**
 * Server start: with PostgreSQL, fills an empty index (a database from before search
 * existed); with Meilisearch (MEILI_URL), starts the outbox worker. Returns a stop function.
 */
export async function startSearch(db: Db, log: (line: string) => void): Promise<() => Promise<void>> {
  const engine = searchEngine();
  if (!isMeiliEngine(engine)) {
    const [doc] = await db.select({ id: searchDocuments.subjectId }).from(searchDocuments).limit(1);
    const [subject] = await db.select({ id: entities.id }).from(entities).limit(1);
    if (!doc && subject) {
      log("search index is empty: building it…");
      await postgresEngine.reindexAll(db);
      log("search index built.");
    }
    return async () => {};
  }
  log(`search: Meilisearch at ${process.env.MEILI_URL}; outbox worker started.`);
  const worker = startOutboxWorker(db, engine, { log });
  return worker.stop;
}
