import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import type { Actor } from "@/lib/context";
import { createTestDatabase } from "@/test/db";
import { ctxFor, makeEntity, makeUser } from "@/test/factories";
import { createClaim } from "./create-claim";
import { createClaimRevision } from "./create-claim-revision";

let database: Database;
let author: Actor;
let other: Actor;
beforeAll(async () => {
  database = await createTestDatabase();
  author = await makeUser(database.db);
  other = await makeUser(database.db);
});
afterAll(() => database.close());

describe("claims", () => {
  it("links a firm to a technology, with an inline new source and a reused known one", async () => {
    const firm = await makeEntity(database.db, author, "firm");
    const tech = await makeEntity(database.db, author, "technology");
    const claim = await createClaim(ctxFor(database.db, author), firm.slug, {
      statement: "The firm shipped 4,000 microcontrollers to Moscow.",
      predicate: "deals_in",
      objectSlug: tech.slug,
      period: { start: { date: "2023-01-01", precision: "month" } },
      value: { quantity: 4000, unit: "units" },
      confidence: "probable",
      citations: [
        { source: { url: "https://customs.example.org/r/1", title: "Customs record", type: "customs_data", reliability: "B" }, quote: "4000 pcs", locator: "row 17" },
        { source: { url: "https://customs.example.org/r/1#again", title: "Duplicate paste" }, locator: "row 18" },
      ],
    });
    expect(claim.revision).toMatchObject({ number: 1, status: "draft" });
    expect(claim.object?.slug).toBe(tech.slug);
    expect(claim.citations).toHaveLength(2);
    expect(claim.citations[0]!.source.id).toBe(claim.citations[1]!.source.id);
    expect(claim.citations[0]).toMatchObject({ quote: "4000 pcs", locator: "row 17" });
  });

  it("refuses an unknown object, an object without predicate, and a citation naming two sources", async () => {
    const firm = await makeEntity(database.db, author);
    const base = { statement: "x", confidence: "alleged" as const };
    await expect(createClaim(ctxFor(database.db, author), firm.slug, { ...base, predicate: "supplies", objectSlug: "no-such-firm" })).rejects.toMatchObject({ status: 400 });
    await expect(createClaim(ctxFor(database.db, author), firm.slug, { ...base, objectSlug: firm.slug })).rejects.toMatchObject({ status: 400 });
    await expect(
      createClaim(ctxFor(database.db, author), firm.slug, {
        ...base,
        citations: [{ sourceId: "6f1c1b8e-7d0c-4d59-9d7e-3f1f3f6e2a11", source: { url: "https://a.example", title: "a" } }],
      }),
    ).rejects.toMatchObject({ status: 400 });
    await expect(createClaim(ctxFor(database.db, author), "no-such-entity", base)).rejects.toMatchObject({ status: 404 });
  });

  it("refuses a save based on a stale revision with 409 and both versions, writing nothing", async () => {
    const firm = await makeEntity(database.db, author);
    const claim = await createClaim(ctxFor(database.db, author), firm.slug, { statement: "Version one", confidence: "alleged" });
    const base = claim.revision.id;
    const mine = await createClaimRevision(ctxFor(database.db, author), claim.id, { baseRevisionId: base, statement: "Version two", confidence: "probable" });
    expect(mine.number).toBe(2);
    const stale = createClaimRevision(ctxFor(database.db, other), claim.id, { baseRevisionId: base, statement: "Competing edit", confidence: "alleged" });
    await expect(stale).rejects.toMatchObject({
      status: 409,
      details: { latest: { statement: "Version two" }, yours: { statement: "Competing edit" } },
    });
  });
});
