import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { searchOutbox } from "@/db/schema";
import type { Actor } from "@/lib/context";
import { createEntityRevision } from "@/lib/entities/create-entity-revision";
import { createTestDatabase } from "@/test/db";
import { ctxFor, makeEntity, makeUser, publish } from "@/test/factories";
import { useSearchEngine } from "../engine";
import type { MeiliDocument } from "./documents";
import { createMeiliEngine, type MeiliEngine } from "./engine";
import { drainOutboxOnce, type DocumentSink } from "./outbox";
import { startOutboxWorker } from "./worker";

/**
 * The outbox contract, without a Meilisearch server: edits never wait on or fail because
 * of it, nothing is lost while it is down, and the index catches up afterwards. The
 * sinks here stand in for the index; the engine's own sink points at a closed port.
 */
let database: Database;
let author: Actor, reviewer: Actor;
// Port 9 (discard) is closed: every call to this "Meilisearch" fails fast.
const unreachable = createMeiliEngine({ host: "http://127.0.0.1:9", indexUid: "nexus_outbox_test" });

beforeAll(async () => {
  useSearchEngine(unreachable);
  database = await createTestDatabase();
  author = await makeUser(database.db, "contributor");
  reviewer = await makeUser(database.db, "reviewer");
});
afterAll(async () => {
  useSearchEngine(null);
  await database.close();
});
beforeEach(async () => {
  await database.db.delete(searchOutbox);
});

/** A stand-in index: the documents it holds, by id. */
function memorySink(opts: { failTimes?: number; delayMs?: number } = {}) {
  const docs = new Map<string, MeiliDocument>();
  const calls: string[] = [];
  let failures = opts.failTimes ?? 0;
  const maybeFail = async () => {
    if (opts.delayMs) await new Promise((r) => setTimeout(r, opts.delayMs));
    if (failures > 0) {
      failures--;
      throw new Error("connect ECONNREFUSED (simulated outage)");
    }
  };
  const sink: DocumentSink = {
    async upsert(list) {
      await maybeFail();
      for (const d of list) {
        docs.set(d.id, d);
        calls.push(`upsert ${d.id}`);
      }
    },
    async remove(ids) {
      await maybeFail();
      for (const id of ids) {
        docs.delete(id);
        calls.push(`remove ${id}`);
      }
    },
  };
  return { sink, docs, calls };
}

const waiting = () => database.db.select().from(searchOutbox);
const makeAvailable = () => database.db.update(searchOutbox).set({ availableAt: sql`now() - interval '1 second'` });

describe("the Meilisearch outbox", () => {
  it("lets edits succeed while Meilisearch is down, keeping their changes for later", async () => {
    const entity = await makeEntity(database.db, author, "firm", "Outage Proof Trading");
    const rows = await waiting();
    expect(rows.map((r) => [r.subjectType, r.subjectId])).toContainEqual(["entity", entity.id]);

    const result = await drainOutboxOnce(database.db, unreachable.sink);
    expect(result).toMatchObject({ failed: true, claimed: rows.length });
    const after = await waiting();
    expect(after).toHaveLength(rows.length);
    expect(after.every((r) => r.attempts === 1 && r.lastError && r.availableAt > new Date())).toBe(true);
  });

  it("delivers the current documents once Meilisearch is back, and empties the outbox", async () => {
    const entity = await makeEntity(database.db, author, "firm", "Catchup Components");
    await drainOutboxOnce(database.db, unreachable.sink);
    await publish(database.db, author, reviewer, entity.revision.id);
    await makeAvailable();

    const index = memorySink();
    while ((await drainOutboxOnce(database.db, index.sink)).claimed > 0);
    expect(await waiting()).toEqual([]);
    expect(index.docs.get(`published_entity_${entity.id}`)?.title).toBe("Catchup Components");
    expect(index.docs.get(`latest_entity_${entity.id}`)?.names).toContain("Catchup Components");
  });

  it("removes a document from a view that no longer shows it", async () => {
    const entity = await makeEntity(database.db, author, "firm", "Draft Only Holdings");
    const index = memorySink();
    await drainOutboxOnce(database.db, index.sink);
    expect(index.calls).toContain(`remove published_entity_${entity.id}`);
    expect(index.docs.has(`latest_entity_${entity.id}`)).toBe(true);
  });

  it("writes no outbox row for a change that rolls back", async () => {
    const entity = await makeEntity(database.db, author, "firm", "Rollback Resources");
    await database.db.delete(searchOutbox);
    await expect(
      createEntityRevision(ctxFor(database.db, author), entity.slug, { baseRevisionId: "00000000-0000-4000-8000-000000000000", title: "Never" }),
    ).rejects.toMatchObject({ status: 409 });
    expect(await waiting()).toEqual([]);
  });

  it("lets several workers share the outbox without delivering a change twice", async () => {
    for (let i = 0; i < 12; i++) await makeEntity(database.db, author, "firm", `Shared Worker Firm ${i}`);
    const a = memorySink({ delayMs: 30 });
    const b = memorySink({ delayMs: 30 });
    await Promise.all([
      drainOutboxOnce(database.db, a.sink, { batchSize: 6 }),
      drainOutboxOnce(database.db, b.sink, { batchSize: 6 }),
    ]);
    while ((await drainOutboxOnce(database.db, a.sink)).claimed > 0);
    const delivered = [...a.calls, ...b.calls].filter((c) => c.startsWith("upsert latest_entity"));
    expect(new Set(delivered).size).toBe(delivered.length);
    expect(delivered).toHaveLength(12);
    expect(await waiting()).toEqual([]);
  });

  it("takes over the rows of a worker that died holding them, once its lease runs out", async () => {
    const entity = await makeEntity(database.db, author, "firm", "Lease Expiry Partners");
    // The dead worker has claimed the rows once its sink is called: wait for that, not for a guess at the clock.
    let claimedByDead!: () => void;
    const deadHoldsRows = new Promise<void>((resolve) => (claimedByDead = resolve));
    const hung: DocumentSink = {
      upsert: () => (claimedByDead(), new Promise(() => {})),
      remove: () => (claimedByDead(), new Promise(() => {})),
    };
    const leaseSeconds = 2;
    const claimedAt = Date.now();
    void drainOutboxOnce(database.db, hung, { leaseSeconds });
    await deadHoldsRows;
    const index = memorySink();
    expect((await drainOutboxOnce(database.db, index.sink)).claimed, "the lease keeps the rows from another worker").toBe(0);
    // Then the other worker tries until it may take them over, as the real worker's polls do.
    await expect.poll(async () => (await drainOutboxOnce(database.db, index.sink)).claimed, { timeout: 15_000, interval: 100 }).toBeGreaterThan(0);
    expect(Date.now() - claimedAt, "taken over no sooner than the lease allows").toBeGreaterThanOrEqual(leaseSeconds * 1000 - 50);
    expect(index.docs.has(`latest_entity_${entity.id}`)).toBe(true);
    expect(await waiting()).toEqual([]);
  });

  it("has the worker retry through an outage until the index has caught up", async () => {
    const entity = await makeEntity(database.db, author, "firm", "Resilient Relay");
    const index = memorySink({ failTimes: 3 });
    const lines: string[] = [];
    const engine: MeiliEngine = {
      ...unreachable,
      sink: index.sink,
      ensureIndex: async () => {},
      documentCount: async () => 1,
    };
    const worker = startOutboxWorker(database.db, engine, { pollMs: 20, maxBackoffSeconds: 0, log: (l) => lines.push(l) });
    try {
      await expect.poll(async () => (await waiting()).length, { timeout: 10_000, interval: 50 }).toBe(0);
    } finally {
      await worker.stop();
    }
    expect(index.docs.has(`latest_entity_${entity.id}`)).toBe(true);
    expect(lines.some((l) => l.includes("unreachable"))).toBe(true);
    const [row] = await database.db.select().from(searchOutbox).where(eq(searchOutbox.subjectId, entity.id));
    expect(row).toBeUndefined();
  });
});
