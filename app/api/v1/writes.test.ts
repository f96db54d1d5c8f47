import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { useDatabaseForTests } from "@/server/database";
import { claimView, entityView, revisionView, sourceView, sourceWithClaims } from "@/http/openapi/response-schemas";
import { createTestDatabase } from "@/test/db";
import { api, makeCaller, type Caller } from "@/test/api";

let database: Database;
let alice: Caller, bob: Caller;
beforeAll(async () => {
  database = await createTestDatabase();
  useDatabaseForTests(database);
  alice = await makeCaller(database.db, "contributor");
  bob = await makeCaller(database.db, "contributor");
});
afterAll(() => database.close());

describe("writing through the API", () => {
  it("creates an entity: 201 with the Entity, its slug from the title and its first revision a draft", async () => {
    const result = await api.createEntity(alice, {
      kind: "firm", title: "ООО Микротех", aliases: [{ name: "Mikrotekh LLC", lang: "en" }],
      fields: { country: "ru", registrations: [{ scheme: "ru_inn", value: "7701234567" }] },
    });
    expect(result.status).toBe(201);
    const entity = entityView.parse(result.body);
    expect(entity.slug).toMatch(/^ooo-mikrot/);
    expect(entity.fields).toMatchObject({ country: "RU" });
    expect(entity.revision).toMatchObject({ number: 1, status: "draft" });
    expect(entity).toMatchObject({ publishedRevisionId: null, latestRevisionId: entity.revision.id, claims: [] });
  });

  it("refuses an entity revision based on an outdated one with 409 and both versions, writing nothing", async () => {
    const entity = (await api.createEntity(alice, { kind: "technology", title: "Microcontrollers", fields: { hsCodes: ["8542.31"] } })).body;
    const mine = await api.createEntityRevision(alice, entity.slug, { baseRevisionId: entity.revision.id, title: "Microcontrollers (MCU)" });
    expect(mine.status).toBe(201);
    expect(revisionView.parse(mine.body)).toMatchObject({ number: 2, status: "draft", baseRevisionId: entity.revision.id, authorId: alice.id });

    const theirs = await api.createEntityRevision(bob, entity.slug, { baseRevisionId: entity.revision.id, title: "MCUs", summary: "Shorter" });
    expect(theirs.status).toBe(409);
    expect(theirs.body).toMatchObject({
      error: {
        code: "conflict",
        details: {
          latest: { id: mine.body.id, number: 2, title: "Microcontrollers (MCU)" },
          yours: { baseRevisionId: entity.revision.id, title: "MCUs" },
        },
      },
    });
    const history = await api.listEntityRevisions(alice, entity.slug);
    expect(history.body.map((r) => r.number)).toEqual([2, 1]);
  });

  it("answers 404 for revisions and claims of an entity that does not exist", async () => {
    const body = { baseRevisionId: "6f1c1b8e-7d0c-4d59-9d7e-3f1f3f6e2a11", title: "x" };
    expect((await api.createEntityRevision(alice, "no-such-firm", body)).status).toBe(404);
    expect((await api.createClaim(alice, "no-such-firm", { statement: "x", confidence: "alleged" })).status).toBe(404);
    expect((await api.listEntityRevisions(alice, "no-such-firm")).status).toBe(404);
  });

  it("adds a claim with an inline source: 201 with the Claim, its citation and its first revision", async () => {
    const firm = (await api.createEntity(alice, { kind: "firm", title: "Claim Test Trading", fields: { country: "CN" } })).body;
    const tech = (await api.createEntity(alice, { kind: "technology", title: "FPGA", fields: { hsCodes: ["854239"] } })).body;
    const result = await api.createClaim(alice, firm.slug, {
      statement: "The firm deals in FPGAs.", predicate: "deals_in", objectSlug: tech.slug, confidence: "probable",
      period: { start: { date: "2023-03-01", precision: "month" } }, value: { amount: 120000, currency: "USD" },
      citations: [{ source: { url: "https://registry.example.org/deal?id=7", title: "Deal record" }, quote: "FPGA", locator: "row 7" }],
    });
    expect(result.status).toBe(201);
    const claim = claimView.parse(result.body);
    expect(claim).toMatchObject({
      predicate: "deals_in", object: { slug: tech.slug }, confidence: "probable", revision: { number: 1, status: "draft" },
      citations: [{ quote: "FPGA", locator: "row 7", source: { title: "Deal record" } }],
    });

    const stale = { baseRevisionId: "6f1c1b8e-7d0c-4d59-9d7e-3f1f3f6e2a11", statement: "Edited", confidence: "alleged" };
    const conflict = await api.createClaimRevision(bob, claim.id, stale);
    expect(conflict.status).toBe(409);
    expect(conflict.body).toMatchObject({ error: { details: { latest: { id: claim.id }, yours: { statement: "Edited" } } } });
    const next = await api.createClaimRevision(bob, claim.id, { ...stale, baseRevisionId: claim.revision.id });
    expect(next.status).toBe(201);
    expect(next.body).toMatchObject({ number: 2, status: "draft", authorId: bob.id });
  });

  it("creates a source once: 201, then 200 with the same source for the same URL", async () => {
    const first = await api.createSource(alice, {
      url: "https://www.Example.org/report?utm_source=x#top", title: "Annual report", type: "corporate_filing", reliability: "C",
    });
    expect(first.status).toBe(201);
    const source = sourceView.parse(first.body);
    expect(source).toMatchObject({ title: "Annual report", type: "corporate_filing", reliability: "C" });
    expect(first.body).not.toHaveProperty("createdBy");

    const again = await api.createSource(bob, { url: "https://www.example.org/report", title: "Same report, other title" });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ id: source.id, title: "Annual report" });

    // Not yet cited by anything published: members see it in the latest view, the public does not.
    expect((await api.getSource(alice, source.id)).status).toBe(404);
    const latest = await api.getSource(alice, source.id, "?view=latest");
    expect(sourceWithClaims.parse(latest.body)).toMatchObject({ id: source.id, claims: [] });
  });

  it("refuses a source with a URL that is not http(s) (400)", async () => {
    const result = await api.createSource(alice, { url: "javascript:alert(1)", title: "x" });
    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({ error: { code: "invalid_input", details: { issues: [{ path: "url" }] } } });
  });
});
