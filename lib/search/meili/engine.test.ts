import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Database } from "@/db/client";
import type { Actor } from "@/lib/context";
import { retractClaim } from "@/lib/claims/retract-claim";
import { createTestDatabase } from "@/test/db";
import { ctxFor, makeClaim, makeEntity, makeUser, publish } from "@/test/factories";
import { startFakeMeili, type FakeMeili } from "@/test/faults/fake-meili";
import { useSearchEngine } from "../engine";
import { search } from "../search";
import type { SearchQuery } from "../types";
import type { MeiliDocument } from "./documents";
import { createMeiliEngine, type MeiliEngine } from "./engine";
import { drainOutboxOnce } from "./outbox";

/**
 * The Meilisearch engine's own code against the stand-in server (test/faults/fake-meili.ts):
 * it waits for Meilisearch's tasks, surfaces a failed one, answers 503 when Meilisearch is
 * away, and — the last line of defence — the public never gets a hit the index still holds
 * after the database took it back (a retraction waiting in the outbox).
 */
let database: Database;
let fake: FakeMeili;
let engine: MeiliEngine;
let author: Actor, reviewer: Actor;

beforeAll(async () => {
  fake = await startFakeMeili();
  engine = createMeiliEngine({ host: fake.url, indexUid: "nexus_engine_test" });
  useSearchEngine(engine);
  database = await createTestDatabase();
  author = await makeUser(database.db, "contributor");
  reviewer = await makeUser(database.db, "reviewer");
  await engine.ensureIndex();
}, 60_000);
afterAll(async () => {
  useSearchEngine(null);
  await fake.stop().catch(() => undefined);
  await database.close();
});

const drainAll = async () => {
  for (let r = await drainOutboxOnce(database.db, engine.sink); r.claimed > 0; r = await drainOutboxOnce(database.db, engine.sink)) {
    expect(r.failed, r.error).toBe(false);
  }
};
const raw = (q: string, opts: Partial<SearchQuery> = {}) => engine.search(database.db, { q, view: "published", kinds: [], limit: 20, offset: 0, ...opts });
const asPublic = (q: string) => search(ctxFor(database.db, null), { q });

describe("the Meilisearch engine", () => {
  it("sets up its index through tasks, and a second setup is no error", async () => {
    await engine.ensureIndex();
    const tasks = fake.tasks().filter((t) => t.indexUid === "nexus_engine_test");
    expect(tasks.map((t) => [t.type, t.status])).toEqual([
      ["indexCreation", "succeeded"], ["settingsUpdate", "succeeded"],
      ["indexCreation", "failed"], ["settingsUpdate", "succeeded"],
    ]);
    expect(tasks[2]?.error?.code).toBe("index_already_exists");
  });

  it("returns from a write only once Meilisearch has processed it: the document is found at once", async () => {
    const firm = await makeEntity(database.db, author, "firm", "Quillon Taskwait Devices");
    await publish(database.db, author, reviewer, firm.revision.id);
    await drainAll();
    expect((await raw("Quillon")).hits.map((h) => h.title)).toEqual(["Quillon Taskwait Devices"]);
    expect(fake.tasks().every((t) => t.status === "succeeded" || t.status === "failed")).toBe(true);
    // Looked at the moment the write returns, with nothing in between.
    const doc = { ...fake.index("nexus_engine_test")!.get(`published_entity_${firm.id}`)!, id: "published_entity_direct", title: "Direct" } as unknown as MeiliDocument;
    await engine.sink.upsert([doc]);
    expect(fake.index("nexus_engine_test")!.get("published_entity_direct")).toMatchObject({ title: "Direct" });
    await engine.sink.remove(["published_entity_direct"]);
    expect(fake.index("nexus_engine_test")!.has("published_entity_direct")).toBe(false);
  });

  it("reports a task Meilisearch failed, with its reason", async () => {
    const missing = createMeiliEngine({ host: fake.url, indexUid: "nexus_never_created" });
    await expect(missing.sink.remove(["published_entity_x"])).rejects.toThrow(/failed: Index `nexus_never_created` not found/);
    expect(await missing.documentCount()).toBe(0);
  });

  it("answers 503 while Meilisearch fails or is away, and searches again once it is back", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    fake.setMode("error");
    await expect(asPublic("Quillon")).rejects.toMatchObject({ status: 503, code: "unavailable" });
    await fake.stop();
    await expect(asPublic("Quillon")).rejects.toMatchObject({ status: 503 });
    await fake.start();
    fake.setMode("up");
    expect(logged.mock.calls.map((c) => c[0])).toEqual(["[nexus] Meilisearch search failed", "[nexus] Meilisearch search failed"]);
    logged.mockRestore();
    expect((await asPublic("Quillon")).hits.map((h) => h.title)).toEqual(["Quillon Taskwait Devices"]);
  });

  it("never gives the public a retracted claim the lagging index still holds, nor the source only it cited", async () => {
    const firm = await makeEntity(database.db, author, "firm", "Ostrava Lagtest Machinery");
    await publish(database.db, author, reviewer, firm.revision.id);
    const claim = await makeClaim(database.db, author, firm.slug, "Ostrava Lagtest shipped spindle motors to Kazan.");
    await publish(database.db, author, reviewer, claim.revision.id);
    await drainAll();
    const before = await asPublic("Lagtest");
    expect(before.hits.map((h) => h.type).sort()).toEqual(["claim", "entity"]);
    const sourceTitle = "A story";
    expect((await asPublic(sourceTitle)).hits.some((h) => h.type === "source")).toBe(true);

    await retractClaim(ctxFor(database.db, reviewer), claim.id, { comment: "The shipment was another firm's." });
    // The retraction waits in the outbox: the index still has the claim and its source...
    expect((await raw("Lagtest")).hits.some((h) => h.id === claim.id)).toBe(true);
    expect((await raw(sourceTitle)).hits.some((h) => h.type === "source")).toBe(true);
    // ...and the public gets neither.
    const after = await asPublic("Lagtest");
    expect(after.hits.map((h) => h.id)).toEqual([firm.id]);
    expect((await asPublic(sourceTitle)).hits.filter((h) => h.type === "source")).toEqual([]);
    // Members searching the workspace still find the retracted claim, as it is kept in history.
    const workspace = await search(ctxFor(database.db, reviewer), { q: "Lagtest", scope: "workspace" });
    expect(workspace.hits.some((h) => h.id === claim.id)).toBe(true);

    await drainAll();
    expect((await raw("Lagtest")).hits.map((h) => h.id)).toEqual([firm.id]);
  });
});
