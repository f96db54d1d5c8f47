import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditLog, citations, claimRevisions, claims, entities, entityRevisions, reviewEvents, sources, users } from "@/db/schema";
import { bulkInsert, setPointers, type Pointer } from "./bulk-insert";
import type { History } from "./history";
import { planClaims, claimCount, type PlannedClaim } from "./plan-claims";
import { planEntity } from "./plan-entities";
import { planPeople, planSource } from "./plan-people";
import type { Scale } from "./scales";

export type CorpusSizes = Pick<Scale, "entities" | "claimsPerEntity" | "sources">;
export type Progress = (done: number, total: number) => void;
export type CorpusSummary = { entities: number; claims: number; sources: number; rows: number };

const ENTITY_CHUNK = 1000;
const CLAIM_CHUNK = 250;

function eventRows(history: History, type: "entity" | "claim"): Array<typeof reviewEvents.$inferInsert> {
  return history.events.map((e) => ({
    entityRevisionId: type === "entity" ? e.revisionId : null,
    claimRevisionId: type === "claim" ? e.revisionId : null,
    action: e.action, fromStatus: e.fromStatus, toStatus: e.toStatus, actorId: e.actorId, comment: e.comment, createdAt: e.createdAt,
  }));
}

const pointer = (id: string, h: History): Pointer => ({ id, published: h.publishedRevisionId, latest: h.latestRevisionId, publishedAt: h.publishedAt });

/**
 * Writes a deterministic corpus into an empty, migrated database: users, sources, entities
 * with their revision history, claims with revisions, citations, review events and audit
 * rows — in multi-row statements, chunk by chunk, so memory stays flat at any scale.
 * The same seed and sizes write the same rows (ids included).
 */
export async function generateCorpus(db: Db, sizes: CorpusSizes, seed: number, progress: Progress = () => {}): Promise<CorpusSummary> {
  const { people, rows: userRows } = planPeople(seed);
  let claimTotal = 0;
  for (let i = 0; i < sizes.entities; i++) claimTotal += claimCount(seed, i, sizes);
  const total = sizes.sources + sizes.entities + claimTotal;
  let done = 0;
  let rows = 0;
  const tick = (n: number) => progress((done += n), total);

  await bulkInsert(db, users, userRows);
  rows += userRows.length;
  for (let start = 0; start < sizes.sources; start += 5000) {
    const batch = Array.from({ length: Math.min(5000, sizes.sources - start) }, (_, k) => planSource(seed, start + k, people));
    await bulkInsert(db, sources, batch);
    await bulkInsert(db, auditLog, batch.map((s) => ({
      actorId: s.createdBy, action: "source.create", subjectType: "source", subjectId: s.id!, entityId: null, details: { url: s.url }, createdAt: s.createdAt!,
    })));
    rows += batch.length * 2;
    tick(batch.length);
  }

  for (let start = 0; start < sizes.entities; start += ENTITY_CHUNK) {
    const planned = Array.from({ length: Math.min(ENTITY_CHUNK, sizes.entities - start) }, (_, k) => planEntity(seed, start + k, people));
    const written = [
      planned.map((e) => e.row),
      planned.flatMap((e) => e.revisions),
      planned.flatMap((e) => eventRows(e.history, "entity")),
      planned.flatMap((e) => e.history.audit),
    ] as const;
    await bulkInsert(db, entities, written[0]);
    await bulkInsert(db, entityRevisions, written[1]);
    await setPointers(db, "entities", planned.map((e) => pointer(e.id, e.history)));
    await bulkInsert(db, reviewEvents, written[2]);
    await bulkInsert(db, auditLog, written[3]);
    rows += written.reduce((n, list) => n + list.length, 0);
    tick(planned.length);
  }

  for (let start = 0; start < sizes.entities; start += CLAIM_CHUNK) {
    const planned: PlannedClaim[] = [];
    for (let i = start; i < Math.min(sizes.entities, start + CLAIM_CHUNK); i++) planned.push(...planClaims(seed, planEntity(seed, i, people), sizes, people));
    const written = [
      planned.map((c) => c.row),
      planned.flatMap((c) => c.revisions),
      planned.flatMap((c) => c.citations),
      planned.flatMap((c) => eventRows(c.history, "claim")),
      planned.flatMap((c) => c.history.audit),
    ] as const;
    await bulkInsert(db, claims, written[0]);
    await bulkInsert(db, claimRevisions, written[1]);
    await bulkInsert(db, citations, written[2]);
    await setPointers(db, "claims", planned.map((c) => pointer(c.row.id!, c.history)));
    await bulkInsert(db, reviewEvents, written[3]);
    await bulkInsert(db, auditLog, written[4]);
    rows += written.reduce((n, list) => n + list.length, 0);
    tick(planned.length);
  }
  // VACUUM as well as ANALYZE: freshly loaded rows carry no hint bits or visibility map, so
  // the first reads after a bulk load would write every page they touch (a one-off cost
  // autovacuum removes in time) and the first benchmark would measure that instead.
  for (const table of ["entities", "entity_revisions", "claims", "claim_revisions", "citations", "sources", "review_events", "audit_log"]) {
    await db.execute(sql.raw(`vacuum (analyze) ${table}`));
  }
  return { entities: sizes.entities, claims: claimTotal, sources: sizes.sources, rows };
}
