import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import type { Actor } from "@/lib/context";
import { createTestDatabase } from "@/test/db";
import { ctxFor, makeEntity, makeUser } from "@/test/factories";
import { createEntityRevision } from "./create-entity-revision";
import { getEntity, listEntityRevisions } from "./queries";

let database: Database;
let alice: Actor;
let bob: Actor;
beforeAll(async () => {
  database = await createTestDatabase();
  alice = await makeUser(database.db);
  bob = await makeUser(database.db);
});
afterAll(() => database.close());

describe("entity revisions", () => {
  it("builds on the loaded revision, carrying over what was not changed", async () => {
    const firm = await makeEntity(database.db, alice, "firm", "Carry Over Ltd");
    const rev = await createEntityRevision(ctxFor(database.db, bob), firm.slug, {
      baseRevisionId: firm.revision.id,
      aliases: [{ name: "Керри Овер", lang: "ru" }],
      summary: "Add Russian name",
    });
    expect(rev).toMatchObject({ number: 2, baseRevisionId: firm.revision.id, authorId: bob.id, status: "draft" });
    const latest = await getEntity(ctxFor(database.db, bob), firm.slug, "latest");
    expect(latest).toMatchObject({ title: "Carry Over Ltd", aliases: [{ name: "Керри Овер" }], fields: { country: "CN" } });
  });

  it("answers 409 with both versions when someone saved in between, and loses nothing", async () => {
    const firm = await makeEntity(database.db, alice, "firm", "Race Condition GmbH");
    const loaded = firm.revision.id;
    await createEntityRevision(ctxFor(database.db, alice), firm.slug, { baseRevisionId: loaded, title: "Race Condition AG" });
    const second = createEntityRevision(ctxFor(database.db, bob), firm.slug, { baseRevisionId: loaded, title: "Race Condition SE" });
    await expect(second).rejects.toMatchObject({ status: 409, details: { latest: { title: "Race Condition AG" }, yours: { title: "Race Condition SE" } } });
    const history = await listEntityRevisions(ctxFor(database.db, alice), firm.slug);
    expect(history.map((r) => r.number)).toEqual([2, 1]);
  });

  it("a stale save carries the three-way merge: paragraphs changed on one side merge, one both changed keeps both texts", async () => {
    const para = (text: string) => ({ type: "paragraph", content: [{ type: "text", text }] });
    const body = (...texts: string[]) => ({ type: "doc" as const, content: texts.map(para) });
    const firm = await makeEntity(database.db, alice, "firm", "Merge Paragraphs Ltd");
    const base = await createEntityRevision(ctxFor(database.db, alice), firm.slug, { baseRevisionId: firm.revision.id, body: body("First.", "Second.", "Third.") });
    await createEntityRevision(ctxFor(database.db, alice), firm.slug, { baseRevisionId: base.id, body: body("First, by Alice.", "Second.", "Third, by Alice.") });

    const apart = createEntityRevision(ctxFor(database.db, bob), firm.slug, { baseRevisionId: base.id, body: body("First.", "Second, by Bob.", "Third.") });
    await expect(apart).rejects.toMatchObject({
      status: 409,
      details: { merge: { clean: true, content: { body: body("First, by Alice.", "Second, by Bob.", "Third, by Alice.") } } },
    });

    const together = createEntityRevision(ctxFor(database.db, bob), firm.slug, { baseRevisionId: base.id, body: body("First, by Bob.", "Second.", "Third.") });
    await expect(together).rejects.toMatchObject({
      status: 409,
      details: { merge: { clean: false, body: expect.arrayContaining([{ conflict: { base: [para("First.")], theirs: [para("First, by Alice.")], mine: [para("First, by Bob.")] } }]) } },
    });
  });

  it("validates changed fields against the kind", async () => {
    const route = await makeEntity(database.db, alice, "route", "Somewhere to Russia");
    await expect(
      createEntityRevision(ctxFor(database.db, alice), route.slug, { baseRevisionId: route.revision.id, fields: { origin: "CN" } }),
    ).rejects.toMatchObject({ status: 400, message: expect.stringContaining("fields.destination") });
  });
});
