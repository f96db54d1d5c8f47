import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import type { Actor } from "@/lib/context";
import { createClaim } from "@/lib/claims/create-claim";
import { createEntityRevision } from "@/lib/entities/create-entity-revision";
import { transitionRevision } from "@/lib/review/transition";
import { createSource } from "@/lib/sources/create-source";
import { createTestDatabase } from "@/test/db";
import { ctxFor, makeClaim, makeEntity, makeUser, publish } from "@/test/factories";
import { useSearchEngine } from "./engine";
import { postgresEngine } from "./postgres/engine";
import { search } from "./search";

/** The PostgreSQL index follows every change in the change's own transaction. */
let database: Database;
let author: Actor, reviewer: Actor;
beforeAll(async () => {
  useSearchEngine(postgresEngine);
  database = await createTestDatabase();
  author = await makeUser(database.db, "contributor");
  reviewer = await makeUser(database.db, "reviewer");
});
afterAll(async () => {
  useSearchEngine(null);
  await database.close();
});

const publicTitles = async (q: string) => (await search(ctxFor(database.db, null), { q })).hits.map((h) => h.title);
const workspaceTitles = async (q: string) =>
  (await search(ctxFor(database.db, author), { q, scope: "workspace" })).hits.map((h) => h.title);

describe("keeping the search index in step with the wiki", () => {
  it("finds a new page in the workspace at once, and publicly from the moment it is approved", async () => {
    const entity = await makeEntity(database.db, author, "firm", "Quillonar Optics Trading");
    expect(await workspaceTitles("Quillonar")).toEqual(["Quillonar Optics Trading"]);
    expect(await publicTitles("Quillonar")).toEqual([]);
    await publish(database.db, author, reviewer, entity.revision.id);
    expect(await publicTitles("Quillonar")).toEqual(["Quillonar Optics Trading"]);
  });

  it("shows the public the published title until a new revision is approved", async () => {
    const entity = await makeEntity(database.db, author, "firm", "Marrowind Components");
    await publish(database.db, author, reviewer, entity.revision.id);
    const revision = await createEntityRevision(ctxFor(database.db, author), entity.slug, {
      baseRevisionId: entity.revision.id,
      title: "Marrowind Components Renamed",
      aliases: [{ name: "Марровинд", lang: "ru" }],
    });
    expect(await workspaceTitles("Марровинд")).toEqual(["Marrowind Components Renamed"]);
    expect(await publicTitles("Марровинд")).toEqual([]);
    expect(await publicTitles("Marrowind")).toEqual(["Marrowind Components"]);
    await publish(database.db, author, reviewer, revision.id);
    expect(await publicTitles("Marrowind")).toEqual(["Marrowind Components Renamed"]);
    expect(await publicTitles("Marrovind")).toEqual(["Marrowind Components Renamed"]);
  });

  it("shows a claim publicly only once both it and its subject are published", async () => {
    const entity = await makeEntity(database.db, author, "firm", "Tessaly Freight");
    const claim = await makeClaim(database.db, author, entity.slug, "Tessaly chartered zeppelinoid cargo flights.");
    await publish(database.db, author, reviewer, claim.revision.id);
    expect(await publicTitles("zeppelinoid")).toEqual([]);
    await publish(database.db, author, reviewer, entity.revision.id);
    const titles = await publicTitles("zeppelinoid");
    expect(titles).toContain("Tessaly chartered zeppelinoid cargo flights.");
    // The page is found by its claims too.
    expect(titles).toContain("Tessaly Freight");
  });

  it("drops a retracted claim from public search in the retraction's transaction, and keeps it in the workspace", async () => {
    const entity = await makeEntity(database.db, author, "firm", "Oberlith Supply");
    await publish(database.db, author, reviewer, entity.revision.id);
    const claim = await makeClaim(database.db, author, entity.slug, "Oberlith resold vexillary modules.");
    await publish(database.db, author, reviewer, claim.revision.id);
    expect(await publicTitles("vexillary")).toHaveLength(2);
    await transitionRevision(ctxFor(database.db, reviewer), claim.revision.id, "retract", { comment: "Misattributed." });
    expect(await publicTitles("vexillary")).toEqual([]);
    expect(await workspaceTitles("vexillary")).toContain("Oberlith resold vexillary modules.");
  });

  it("leaves the index untouched when a change is refused", async () => {
    const entity = await makeEntity(database.db, author, "firm", "Pellucid Holdings");
    await createEntityRevision(ctxFor(database.db, author), entity.slug, { baseRevisionId: entity.revision.id, title: "Pellucid Holdings Two" });
    // Based on the first revision, no longer the latest: 409, and its title is not indexed either.
    await expect(
      createEntityRevision(ctxFor(database.db, author), entity.slug, { baseRevisionId: entity.revision.id, title: "Pellucid Gravimetrics" }),
    ).rejects.toMatchObject({ status: 409 });
    expect(await workspaceTitles("Gravimetrics")).toEqual([]);
    expect(await workspaceTitles("Pellucid")).toEqual(["Pellucid Holdings Two"]);
  });

  it("finds a source publicly only once a published claim on a published page cites it", async () => {
    const { source } = await createSource(ctxFor(database.db, author), { url: "https://news.example.org/halvorsen-ledger", title: "The Halvorsen Ledger" });
    expect(await workspaceTitles("Halvorsen")).toEqual(["The Halvorsen Ledger"]);
    expect(await publicTitles("Halvorsen")).toEqual([]);
    const entity = await makeEntity(database.db, author, "firm", "Brisant Logistics");
    await publish(database.db, author, reviewer, entity.revision.id);
    const claim = await createClaim(ctxFor(database.db, author), entity.slug, {
      statement: "Brisant moved goods.", confidence: "probable", citations: [{ sourceId: source.id }],
    });
    await publish(database.db, author, reviewer, claim.revision.id);
    expect(await publicTitles("Halvorsen")).toEqual(["The Halvorsen Ledger"]);
  });

  it("answers the same after a full rebuild as after the changes that built it", async () => {
    const queries = ["Quillonar", "Marrowind", "zeppelinoid", "vexillary", "Halvorsen", "Pellucid"];
    const before = await Promise.all(queries.map(async (q) => [await publicTitles(q), await workspaceTitles(q)]));
    await postgresEngine.reindexAll(database.db);
    const after = await Promise.all(queries.map(async (q) => [await publicTitles(q), await workspaceTitles(q)]));
    expect(after).toEqual(before);
  });
});
