import type { Db } from "@/db/client";
import { count } from "drizzle-orm";
import { entities } from "@/db/schema";
import type { ReindexProgress } from "../types";
import type { MeiliEngine } from "./engine";
import { drainOutboxOnce, type DrainOptions } from "./outbox";

export type WorkerOptions = DrainOptions & {
  /** Wait between polls of an empty (or backing-off) outbox. */
  pollMs?: number;
  log?: (line: string) => void;
  /** Runs the fill of an empty index (lib/search/startup.ts: one builder, progress, a notice). */
  fill?: (reindex: (progress: ReindexProgress) => Promise<void>) => Promise<void>;
};

/**
 * Drains the search outbox into Meilisearch until stopped. First makes sure the index
 * exists with its settings, and fills it from the database when it is empty (a new
 * Meilisearch, or one that lost its data). Meilisearch being down only delays things:
 * rows wait in the outbox with backoff, and the worker keeps trying.
 */
export function startOutboxWorker(db: Db, engine: MeiliEngine, opts: WorkerOptions = {}): { stop: () => Promise<void> } {
  const pollMs = opts.pollMs ?? 1_000;
  const batchSize = opts.batchSize ?? 200;
  const log = opts.log ?? (() => {});
  let stopped = false;
  let ready = false;
  let failing = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  async function prepare(): Promise<void> {
    await engine.ensureIndex();
    const [row] = await db.select({ n: count() }).from(entities);
    if ((row?.n ?? 0) > 0 && (await engine.documentCount()) === 0) {
      if (opts.fill) {
        await opts.fill((progress) => engine.reindexAll(db, progress));
      } else {
        log("Meilisearch index is empty: building it from the database…");
        await engine.reindexAll(db);
        log("Meilisearch index built.");
      }
    }
    ready = true;
  }

  async function tick(): Promise<void> {
    let delay = pollMs;
    try {
      if (!ready) await prepare();
      const result = await drainOutboxOnce(db, engine.sink, { ...opts, batchSize });
      if (result.failed && !failing) log(`search: Meilisearch refused or unreachable (${result.error}); changes stay in the outbox and are retried.`);
      if (!result.failed && failing && result.claimed > 0) log("search: Meilisearch reachable again; catching up.");
      if (result.claimed > 0) failing = result.failed;
      if (!result.failed && result.claimed === batchSize) delay = 0;
    } catch (err) {
      if (!failing) log(`search: outbox worker error (${(err as Error).message}); retrying.`);
      failing = true;
      delay = Math.max(pollMs, 5_000);
    }
    if (!stopped) timer = setTimeout(() => (running = tick()), delay);
  }

  timer = setTimeout(() => (running = tick()), 0);
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
