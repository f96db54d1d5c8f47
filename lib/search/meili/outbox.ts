import { asc, inArray, lte, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { searchOutbox } from "@/db/schema";
import { loadDocuments, VIEWS } from "../documents/load";
import type { Affected } from "../expand";
import { SUBJECT_TYPES, type SubjectType } from "../types";
import { meiliId, toMeiliDocument, type MeiliDocument } from "./documents";

/** Where drained documents go: the Meilisearch index, or a stand-in in tests. */
export interface DocumentSink {
  upsert(docs: MeiliDocument[]): Promise<void>;
  remove(ids: string[]): Promise<void>;
}

/** Inside the change's transaction: one row per affected subject. Plain inserts, so a
 *  worker holding rows never makes a writer wait. */
export async function enqueue(tx: Db, affected: Affected): Promise<void> {
  const rows = SUBJECT_TYPES.flatMap((type) => affected[type].map((id) => ({ subjectType: type, subjectId: id })));
  for (let i = 0; i < rows.length; i += 1000) await tx.insert(searchOutbox).values(rows.slice(i, i + 1000));
}

export type DrainOptions = {
  batchSize?: number;
  /** How long a worker may hold claimed rows before another may take them over. */
  leaseSeconds?: number;
  /** Longest wait between retries. */
  maxBackoffSeconds?: number;
};

export type DrainResult = { claimed: number; failed: boolean; error?: string };

/**
 * Moves one batch of the outbox into the sink. Rows are claimed in a short transaction
 * (FOR UPDATE SKIP LOCKED, then a lease), so several workers share the outbox and no
 * transaction stays open while Meilisearch is called. Documents are read fresh from the
 * database, so whatever the row order, the index ends up with the current state. On
 * failure the rows stay, with exponential backoff; nothing is ever dropped.
 */
export async function drainOutboxOnce(db: Db, sink: DocumentSink, opts: DrainOptions = {}): Promise<DrainResult> {
  const batchSize = opts.batchSize ?? 200;
  const lease = opts.leaseSeconds ?? 60;
  const maxBackoff = opts.maxBackoffSeconds ?? 300;

  const claimed = await db.transaction(async (tx) => {
    const rows = await tx
      .select({ id: searchOutbox.id, subjectType: searchOutbox.subjectType, subjectId: searchOutbox.subjectId })
      .from(searchOutbox)
      .where(lte(searchOutbox.availableAt, sql`now()`))
      .orderBy(asc(searchOutbox.id))
      .limit(batchSize)
      .for("update", { skipLocked: true });
    if (rows.length === 0) return rows;
    await tx
      .update(searchOutbox)
      .set({ availableAt: sql`now() + make_interval(secs => ${lease})`, attempts: sql`${searchOutbox.attempts} + 1` })
      .where(inArray(searchOutbox.id, rows.map((r) => r.id)));
    return rows;
  });
  if (claimed.length === 0) return { claimed: 0, failed: false };
  const rowIds = claimed.map((r) => r.id);

  try {
    for (const type of SUBJECT_TYPES) {
      const ids = [...new Set(claimed.filter((r) => r.subjectType === type).map((r) => r.subjectId))];
      if (ids.length > 0) await push(db, sink, type, ids);
    }
    await db.delete(searchOutbox).where(inArray(searchOutbox.id, rowIds));
    return { claimed: claimed.length, failed: false };
  } catch (err) {
    const message = describeError(err);
    await db
      .update(searchOutbox)
      .set({
        // attempts was counted when claiming: 2 s, 4 s, 8 s, … up to maxBackoff.
        availableAt: sql`now() + make_interval(secs => least(${maxBackoff}, power(2, ${searchOutbox.attempts})))`,
        lastError: message.slice(0, 1000),
      })
      .where(inArray(searchOutbox.id, rowIds));
    return { claimed: claimed.length, failed: true, error: message };
  }
}

/** The error and its causes ("… has failed ← fetch failed ← ECONNREFUSED"): the client's own message hides why. */
function describeError(err: unknown): string {
  const parts: string[] = [];
  for (let e: unknown = err, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    parts.push(e instanceof Error ? (typeof code === "string" && !e.message.includes(code) ? `${e.message} [${code}]` : e.message) : String(e));
  }
  return parts.join(" ← ");
}

/** Current documents of the subjects go in; those a view no longer shows come out. */
async function push(db: Db, sink: DocumentSink, type: SubjectType, ids: string[]): Promise<void> {
  const docs = (await loadDocuments(db, type, ids)).map(toMeiliDocument);
  const present = new Set(docs.map((d) => d.id));
  const gone = ids.flatMap((id) => VIEWS.map((view) => meiliId(view, type, id))).filter((id) => !present.has(id));
  if (docs.length > 0) await sink.upsert(docs);
  if (gone.length > 0) await sink.remove(gone);
}

/** Rows waiting, and the oldest one's age in seconds: for health checks and the reindex CLI. */
export async function outboxBacklog(db: Db): Promise<{ waiting: number; oldestSeconds: number | null }> {
  const [row] = await db
    .select({
      waiting: sql<number>`count(*)::int`,
      oldest: sql<number | null>`extract(epoch from now() - min(${searchOutbox.enqueuedAt}))::float8`,
    })
    .from(searchOutbox);
  return { waiting: Number(row?.waiting ?? 0), oldestSeconds: row?.oldest == null ? null : Number(row.oldest) };
}
