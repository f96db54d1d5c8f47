import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { forEachIdBatch, subjectCounts } from "../batches";
import { rebuildStartMark, replayChangesSince } from "../changed-since";
import { loadDocuments } from "../documents/load";
import { affectedSubjects } from "../expand";
import { SUBJECT_TYPES, type ReindexProgress, type SearchEngine, type SubjectRef } from "../types";
import { detectRanking, type Ranking } from "./ranking";
import { searchPostgres } from "./search-query";
import { replaceDocuments } from "./write-documents";

const REINDEX_BATCH = 500;

/** Rewrites the documents of the changed subjects and of those that depend on them. */
async function indexChanges(tx: Db, changed: SubjectRef[]): Promise<void> {
  if (changed.length === 0) return;
  const affected = await affectedSubjects(tx, changed);
  for (const type of SUBJECT_TYPES) {
    const ids = affected[type];
    if (ids.length > 0) await replaceDocuments(tx, type, ids, await loadDocuments(tx, type, ids));
  }
}

/**
 * Rebuilds every document, a batch per transaction, so edits made meanwhile never wait
 * on the rebuild. Searches keep working throughout (each subject has its old or its new
 * documents). Subjects changed while it ran are indexed again at the end, so a batch
 * that read a subject just before an edit cannot leave a stale document behind.
 */
async function reindexAll(db: Db, progress?: ReindexProgress): Promise<void> {
  const since = await rebuildStartMark(db);
  const counts = await subjectCounts(db);
  const total = counts.entity + counts.claim + counts.source;
  let done = 0;
  progress?.(0, total);
  for (const type of SUBJECT_TYPES) {
    await forEachIdBatch(db, type, REINDEX_BATCH, async (ids) => {
      await db.transaction(async (tx) => replaceDocuments(tx, type, ids, await loadDocuments(tx, type, ids)));
      done += ids.length;
      progress?.(Math.min(done, total), total);
    });
  }
  await replayChangesSince(db, since, indexChanges);
  await db.execute(sql`analyze search_documents`);
}

export type PostgresEngineOptions = {
  /** Forces a ranking; by default RUM where migration 0008 could create its indexes, else GIN. */
  ranking?: Ranking;
};

export function createPostgresEngine(options: PostgresEngineOptions = {}): SearchEngine {
  return {
    name: "postgres",
    search: async (db, query) => searchPostgres(db, query, options.ranking ?? (await detectRanking(db))),
    indexChanges,
    reindexAll,
  };
}

export const postgresEngine: SearchEngine = createPostgresEngine();
