import type { Db } from "@/db/client";
import { entities, searchDocuments } from "@/db/schema";
import { subjectCounts } from "./batches";
import { searchEngine } from "./engine";
import { abandonedIndexBuild, claimIndexBuild, endIndexBuild, reportIndexBuild, type IndexBuild } from "./index-build";
import { isMeiliEngine } from "./meili/engine";
import { startOutboxWorker } from "./meili/worker";
import type { ReindexProgress } from "./types";

export type SearchRuntime = {
  /** Stops the outbox worker or interrupts a build (the next start carries it on). */
  stop: () => Promise<void>;
  /** Settles when a background build started here has ended (at once when there was none). */
  built: Promise<void>;
};

class Stopped extends Error {}

/**
 * Server start, never waiting for the index: with PostgreSQL, fills an empty index (a database
 * from before search existed, a restore without it) or one a previous build left unfinished, in
 * the background with a progress line; with Meilisearch (MEILI_URL), starts the outbox worker,
 * which fills an empty Meilisearch index the same way. Searches meanwhile answer from what is
 * there, with a notice (lib/search/search.ts).
 */
export async function startSearch(db: Db, log: (line: string) => void): Promise<SearchRuntime> {
  const engine = searchEngine();
  if (isMeiliEngine(engine)) {
    log(`search: Meilisearch at ${process.env.MEILI_URL}; outbox worker started.`);
    let stopping = false;
    const fill = async (reindex: (progress: ReindexProgress) => Promise<void>) => (await startIndexBuild(db, reindex, log, () => stopping)).built;
    const worker = startOutboxWorker(db, engine, { log, fill });
    return {
      stop: async () => {
        stopping = true;
        await worker.stop();
      },
      built: Promise.resolve(),
    };
  }
  const [doc] = await db.select({ id: searchDocuments.subjectId }).from(searchDocuments).limit(1);
  const [subject] = await db.select({ id: entities.id }).from(entities).limit(1);
  if (!((!doc && subject) || (await abandonedIndexBuild(db)))) return { stop: async () => {}, built: Promise.resolve() };
  let stopping = false;
  const { built } = await startIndexBuild(db, (progress) => engine.reindexAll(db, progress), log, () => stopping);
  return {
    stop: async () => {
      stopping = true;
      await built;
    },
    built,
  };
}

/**
 * Claims the build for this instance, unless another one is building, and then runs `fill` in
 * the background (`built`): a progress line every 10 %, the shared progress row after every
 * batch. `built` never rejects: a failed or interrupted build is logged and left for the next start.
 */
async function startIndexBuild(
  db: Db,
  fill: (progress: ReindexProgress) => Promise<void>,
  log: (line: string) => void,
  stopping: () => boolean,
): Promise<{ built: Promise<void> }> {
  const counts = await subjectCounts(db);
  const total = counts.entity + counts.claim + counts.source;
  if (!(await claimIndexBuild(db, total))) {
    log("search index: another instance is building it; searches say so until it is done.");
    return { built: Promise.resolve() };
  }
  log(`search index: building it in the background (${total.toLocaleString("en-US")} subjects); searches answer meanwhile, with a notice.`);
  return { built: runIndexBuild(db, fill, total, log, stopping) };
}

async function runIndexBuild(
  db: Db,
  fill: (progress: ReindexProgress) => Promise<void>,
  total: number,
  log: (line: string) => void,
  stopping: () => boolean,
): Promise<void> {
  const started = Date.now();
  const state: IndexBuild = { done: 0, total };
  let decile = -1;
  // Progress rows go out one after another, and all before the end is written.
  let reported = Promise.resolve();
  try {
    await fill((done, all) => {
      if (stopping()) throw new Stopped();
      Object.assign(state, { done, total: all });
      const now = Math.floor((all > 0 ? done / all : 1) * 10);
      if (now !== decile) {
        decile = now;
        const seconds = Math.round((Date.now() - started) / 1000);
        log(`search index: ${now * 10} % (${done.toLocaleString("en-US")}/${all.toLocaleString("en-US")}) · ${seconds} s`);
      }
      const snapshot = { ...state };
      reported = reported.then(() => reportIndexBuild(db, snapshot)).catch(() => {});
    });
    await reported;
    await endIndexBuild(db, "done");
    log(`search index built (${((Date.now() - started) / 1000).toFixed(1)} s).`);
  } catch (err) {
    await reported;
    await endIndexBuild(db, state).catch(() => {});
    log(err instanceof Stopped ? "search index: build interrupted by shutdown; the next start carries it on." : `search index: build failed (${(err as Error).message}); the next start tries again.`);
  }
}
