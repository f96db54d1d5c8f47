import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Database } from "@/db/client";
import { useDatabaseForTests } from "@/server/database";
import { searchOutbox } from "@/db/schema";
import { useSearchEngine } from "@/lib/search/engine";
import { createMeiliEngine, type MeiliEngine } from "@/lib/search/meili/engine";
import { drainOutboxOnce, type DrainResult } from "@/lib/search/meili/outbox";
import { api, makeCaller, type Caller } from "@/test/api";
import { createTestDatabase } from "@/test/db";
import { startFakeMeili } from "./fake-meili";

/**
 * A Meilisearch outage never fails an edit, under load. The Meilisearch engine points at a local
 * fake that is first down (connection refused), then answers 500, then hangs; bursts of concurrent
 * edits through the API succeed all the while, with drains of the outbox failing beside them. The
 * outbox keeps every change, and once the fake accepts tasks the outbox drains through the
 * engine's own sink and the index holds the current state of every page and claim.
 * MEILI_OUTAGE_EDITS sets the burst size (default 50).
 */
const BURST = Number(process.env.MEILI_OUTAGE_EDITS) || 50;
const range = (n: number) => [...Array(n).keys()];

let database: Database;
let fake: Awaited<ReturnType<typeof startFakeMeili>>;
let engine: MeiliEngine;
let writers: Caller[];
let reviewer: Caller;
const made: { id: string; slug: string; revisionId: string; claimId: string; claimRevisionId: string }[] = [];
let edits = 0;

beforeAll(async () => {
  vi.stubEnv("API_WRITES_PER_MINUTE", "1000000");
  fake = await startFakeMeili();
  await fake.stop(); // down: every call is refused
  engine = createMeiliEngine({ host: fake.url, indexUid: "nexus_outage" });
  useSearchEngine(engine);
  database = await createTestDatabase();
  useDatabaseForTests(database);
  writers = await Promise.all(range(5).map(() => makeCaller(database.db, "contributor")));
  reviewer = await makeCaller(database.db, "reviewer");
}, 60_000);
afterAll(async () => {
  vi.unstubAllEnvs();
  useSearchEngine(null);
  await fake.stop().catch(() => undefined);
  await database.close();
  console.log(`[meili outage] ${edits} edits through the API during the outage, 0 failed`);
});

const outbox = () => database.db.select().from(searchOutbox);
const wake = () => database.db.update(searchOutbox).set({ availableAt: sql`now() - interval '1 second'` });
const writer = (i: number) => writers[i % writers.length]!;

/** Drain attempts into the failing engine, as the worker of this or another instance makes them. */
let attempts: DrainResult[] = [];
const drain = async () => void attempts.push(await drainOutboxOnce(database.db, engine.sink, { maxBackoffSeconds: 1 }));

/**
 * Runs the edits at once, with a drain beside them and one after (PGlite serialises the
 * drain's transaction behind the burst; PostgreSQL interleaves them), and expects each edit
 * to answer `status`.
 */
async function burst<T extends { status: number }>(status: number, edit: (i: number) => Promise<T>, withDrains = true): Promise<T[]> {
  const [results] = await Promise.all([Promise.all(range(BURST).map(edit)), withDrains ? drain() : undefined]);
  if (withDrains) await drain();
  expect(results.map((r) => r.status)).toEqual(range(BURST).map(() => status));
  edits += results.length;
  return results;
}

/** Every drain since the phase began claimed changes or found none, and none got through. */
function expectDrainsFailed() {
  expect(attempts.filter((a) => a.claimed > 0 && a.failed).length).toBeGreaterThan(0);
  expect(attempts.filter((a) => a.claimed > 0 && !a.failed)).toEqual([]);
  attempts = [];
}

/** Every page and claim made so far has an outbox row waiting. */
async function expectAllWaiting() {
  const subjects = new Set((await outbox()).map((row) => `${row.subjectType}:${row.subjectId}`));
  expect(made.filter((m) => !subjects.has(`entity:${m.id}`) || !subjects.has(`claim:${m.claimId}`))).toEqual([]);
}

describe("a Meilisearch outage under a burst of edits", () => {
  it("refused connections: every creation, submission and approval succeeds; the outbox keeps them", async () => {
    const entities = await burst(201, (i) => api.createEntity(writer(i), { kind: "firm", title: `Outage Firm ${i}`, fields: { country: "CN" } }));
    const claims = await burst(201, (i) => api.createClaim(writer(i), entities[i]!.body.slug, {
      statement: `Outage Firm ${i} ships parts`, confidence: "alleged", citations: [{ source: { url: `https://outage.example.org/${i}`, title: "Doc" }, quote: "q" }],
    }));
    for (const [i, e] of entities.entries()) made.push({ id: e.body.id, slug: e.body.slug, revisionId: e.body.revision.id, claimId: claims[i]!.body.id, claimRevisionId: claims[i]!.body.revision.id });
    await burst(200, (i) => api.transition(writer(i), made[i]!.revisionId, "submit"));
    await burst(200, (i) => api.transition(reviewer, made[i]!.revisionId, "approve"));
    await burst(200, (i) => api.transition(writer(i), made[i]!.claimRevisionId, "submit"));
    await burst(200, (i) => api.transition(reviewer, made[i]!.claimRevisionId, "approve"));
    expectDrainsFailed();
    await expectAllWaiting();
    const tried = (await outbox()).filter((row) => row.attempts > 0);
    expect(tried.length).toBeGreaterThan(0);
    expect(tried.filter((row) => !/ECONNREFUSED/.test(row.lastError ?? "")), "last_error names the refused connection").toEqual([]);
  }, 300_000);

  it("500 answers and a hanging server: edits succeed, and do not wait for the drain in flight", async () => {
    await fake.start();
    fake.setMode("error");
    await wake();
    await burst(201, (i) => api.createEntityRevision(writer(i), made[i]!.slug, { baseRevisionId: made[i]!.revisionId, title: `Outage Firm ${i} Renamed` }));
    expectDrainsFailed();
    expect((await outbox()).some((row) => /500|internal/i.test(row.lastError ?? ""))).toBe(true);

    fake.setMode("hang");
    await wake();
    let settled = false;
    const inFlight = drainOutboxOnce(database.db, engine.sink).finally(() => { settled = true; });
    await vi.waitFor(() => expect(fake.requests.some((r) => r.startsWith("hang "))).toBe(true), { timeout: 10_000 });
    await burst(201, (i) => api.createClaimRevision(writer(i), made[i]!.claimId, {
      baseRevisionId: made[i]!.claimRevisionId, statement: `Outage Firm ${i} ships more parts`, confidence: "probable",
      citations: [{ source: { url: `https://outage.example.org/${i}`, title: "Doc" }, quote: "q" }],
    }), false);
    // The client gives up after 10 s; the burst takes a few seconds, so the drain is still waiting.
    expect(settled, "the edits finished while the drain still waited on Meilisearch").toBe(false);
    fake.dropHanging();
    expect((await inFlight).failed).toBe(true);
    await expectAllWaiting();
  }, 300_000);

  it("once Meilisearch accepts tasks again, the outbox drains and the index holds the current state", async () => {
    fake.setMode("up");
    await wake();
    let rounds = 0;
    for (let result = await drainOutboxOnce(database.db, engine.sink); result.claimed > 0; result = await drainOutboxOnce(database.db, engine.sink)) {
      expect(result.failed, result.error).toBe(false);
      rounds++;
    }
    expect(rounds).toBeGreaterThan(0);
    expect(await outbox()).toEqual([]);
    for (const [i, m] of made.entries()) {
      // Published: the approved first revisions; latest: the renamed page and the revised claim, still drafts.
      expect(fake.documents.get(`published_entity_${m.id}`)?.title).toBe(`Outage Firm ${i}`);
      expect(fake.documents.get(`latest_entity_${m.id}`)?.title).toBe(`Outage Firm ${i} Renamed`);
      expect(JSON.stringify(fake.documents.get(`published_claim_${m.claimId}`))).toContain(`Outage Firm ${i} ships parts`);
      expect(JSON.stringify(fake.documents.get(`latest_claim_${m.claimId}`))).toContain(`Outage Firm ${i} ships more parts`);
    }
  }, 300_000);
});
