import { eq, gte, or, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { claimRevisions, entityRevisions, reviewEvents, sourceRevisions, sources } from "@/db/schema";
import { rowsOf } from "./rows";
import type { SubjectRef } from "./types";

/**
 * The database clock, minus a margin: a rebuild notes it before it starts reading. Rows
 * carry their transaction's start time, so a write that began a little earlier but
 * committed after the rebuild read its subject still counts as "since".
 */
export async function rebuildStartMark(db: Db): Promise<Date> {
  const [row] = rowsOf<{ t: number | string }>(
    await db.execute(sql`select extract(epoch from now() - interval '5 minutes')::float8 as t`),
  );
  return new Date(Number(row!.t) * 1000);
}

/**
 * Every subject written or moved through review since `since`: new revisions, review
 * transitions (approve, retract, …), new sources and approved source details. A rebuild replays these at the end,
 * so edits made while it ran are not lost to the snapshot it read.
 */
export async function changedSince(db: Db, since: Date): Promise<SubjectRef[]> {
  const entityRows = await db
    .selectDistinct({ id: entityRevisions.entityId })
    .from(entityRevisions)
    .leftJoin(reviewEvents, eq(reviewEvents.entityRevisionId, entityRevisions.id))
    .where(or(gte(entityRevisions.createdAt, since), gte(reviewEvents.createdAt, since)));
  const claimRows = await db
    .selectDistinct({ id: claimRevisions.claimId })
    .from(claimRevisions)
    .leftJoin(reviewEvents, eq(reviewEvents.claimRevisionId, claimRevisions.id))
    .where(or(gte(claimRevisions.createdAt, since), gte(reviewEvents.createdAt, since)));
  const sourceRows = await db
    .selectDistinct({ id: sources.id })
    .from(sources)
    .leftJoin(sourceRevisions, eq(sourceRevisions.sourceId, sources.id))
    .leftJoin(reviewEvents, eq(reviewEvents.sourceRevisionId, sourceRevisions.id))
    .where(or(gte(sources.createdAt, since), gte(reviewEvents.createdAt, since)));
  return [
    ...entityRows.map((r) => ({ type: "entity" as const, id: r.id })),
    ...claimRows.map((r) => ({ type: "claim" as const, id: r.id })),
    ...sourceRows.map((r) => ({ type: "source" as const, id: r.id })),
  ];
}

/**
 * Re-indexes everything changed since `since`, a chunk per transaction (a large import just
 * before a rebuild can mean many thousands of subjects).
 */
export async function replayChangesSince(
  db: Db,
  since: Date,
  indexChanges: (tx: Db, changed: SubjectRef[]) => Promise<void>,
): Promise<number> {
  const changed = await changedSince(db, since);
  for (let i = 0; i < changed.length; i += REPLAY_CHUNK) {
    const chunk = changed.slice(i, i + REPLAY_CHUNK);
    await db.transaction((tx) => indexChanges(tx, chunk));
  }
  return changed.length;
}

const REPLAY_CHUNK = 200;
