import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import type { Actor } from "@/lib/context";
import { createClaim } from "@/lib/claims/create-claim";
import { createEntityRevision } from "@/lib/entities/create-entity-revision";
import { getEntity } from "@/lib/entities/queries";
import { retractClaim } from "@/lib/claims/retract-claim";
import { transitionRevision } from "@/lib/review/transition";
import { createSourceRevision } from "@/lib/sources/create-source-revision";
import { createTestDatabase } from "@/test/db";
import { ctxFor, makeEntity, makeUser, publish } from "@/test/factories";
import { POLL_MS, PublicCache } from "./public-cache";
import { readEntityPage, readGraph, readHome, readSection } from "./reads";

let database: Database;
let author: Actor, reviewer: Actor;
const firms = {} as Record<"a" | "b" | "c", { id: string; slug: string }>;

async function publishedClaim(subject: string, object: string | undefined, statement: string) {
  const claim = await createClaim(ctxFor(database.db, author), subject, {
    statement, confidence: "probable", ...(object ? { predicate: "supplies", objectSlug: object } : {}),
    citations: [{ source: { url: `https://news.example.org/${encodeURIComponent(statement)}`, title: statement }, quote: "q" }],
  });
  await publish(database.db, author, reviewer, claim.revision.id);
  return claim;
}

beforeAll(async () => {
  database = await createTestDatabase();
  author = await makeUser(database.db, "contributor");
  reviewer = await makeUser(database.db, "reviewer");
  for (const key of ["a", "b", "c"] as const) {
    const e = await makeEntity(database.db, author, "firm", `Cache firm ${key.toUpperCase()}`);
    await publish(database.db, author, reviewer, e.revision.id);
    firms[key] = { id: e.id, slug: e.slug };
  }
  await publishedClaim(firms.a.slug, firms.c.slug, "A supplies C.");
}, 60_000);
afterAll(() => database.close());

const page = (key: "a" | "b" | "c") => readEntityPage(database.db, firms[key].slug);

describe("the public cache and publications", () => {
  it("serves repeated reads from memory", async () => {
    const first = await page("a");
    expect(first?.entity.claims.map((c) => c.statement)).toEqual(["A supplies C."]);
    expect(await page("a")).toBe(first);
  });

  it("an approval refreshes exactly the pages it touches, at once", async () => {
    const [a, b, c, firmsList, home] = await Promise.all([page("a"), page("b"), page("c"), readSection(database.db, "firm"), readHome(database.db)]);
    await publishedClaim(firms.a.slug, firms.b.slug, "A supplies B.");

    const [a2, b2, c2] = await Promise.all([page("a"), page("b"), page("c")]);
    expect(a2).not.toBe(a);
    expect(a2?.entity.claims.map((x) => x.statement)).toContain("A supplies B.");
    expect(b2).not.toBe(b);
    expect(b2?.relations).toEqual([expect.objectContaining({ direction: "in", predicate: "supplies", entity: expect.objectContaining({ id: firms.a.id }) })]);
    // C is not touched by a claim between A and B, nor is the list of firms; the home page counts claims.
    expect(c2).toBe(c);
    expect(await readSection(database.db, "firm")).toBe(firmsList);
    expect(await readHome(database.db)).not.toBe(home);
  });

  it("a page revision refreshes the pages that show its title, and the lists", async () => {
    const [a, c, list] = await Promise.all([page("a"), page("c"), readSection(database.db, "firm")]);
    const b = await getEntity(ctxFor(database.db, author), firms.b.slug, "latest");
    const rename = await createEntityRevision(ctxFor(database.db, author), firms.b.slug, { baseRevisionId: b.revision.id, title: "Cache firm B renamed" });
    await publish(database.db, author, reviewer, rename.id);

    const a2 = await page("a");
    expect(a2).not.toBe(a);
    expect(a2?.relations.map((r) => r.entity.title)).toContain("Cache firm B renamed");
    // C is linked to A only, and shows nothing of B.
    expect(await page("c")).toBe(c);
    expect((await readSection(database.db, "firm")).items.map((i) => i.title)).toContain("Cache firm B renamed");
    expect(await readSection(database.db, "firm")).not.toBe(list);
  });

  it("approved source details refresh the pages whose claims cite it, and no other", async () => {
    const [a, c] = await Promise.all([page("a"), page("c")]);
    const cited = a!.entity.claims[0]!.citations[0]!.source;
    const proposal = await createSourceRevision(ctxFor(database.db, author), cited.id, { baseRevisionId: null, title: "A supplies C, full report" });
    await transitionRevision(ctxFor(database.db, author), proposal.id, "submit");
    expect(await page("a")).toBe(a); // pending: nothing public changed
    await transitionRevision(ctxFor(database.db, reviewer), proposal.id, "approve");
    const a2 = await page("a");
    expect(a2?.entity.claims[0]?.citations[0]?.source.title).toBe("A supplies C, full report");
    expect(await page("c")).toBe(c);
  });

  it("a retraction takes the claim off both pages and the graph", async () => {
    const a = await page("a");
    const claim = a!.entity.claims.find((c) => c.statement === "A supplies B.")!;
    expect((await readGraph(database.db)).edges.some((e) => e.source === firms.a.id && e.target === firms.b.id)).toBe(true);
    await retractClaim(ctxFor(database.db, reviewer), claim.id, { comment: "Misattributed." });
    expect((await page("a"))?.entity.claims.map((c) => c.statement)).toEqual(["A supplies C."]);
    expect((await page("b"))?.relations).toEqual([]);
    expect((await readGraph(database.db)).edges.some((e) => e.source === firms.a.id && e.target === firms.b.id)).toBe(false);
  });

  it("another instance sees a publication within POLL_MS, from the review events", async () => {
    let now = 1_000_000;
    const other = new PublicCache(database.db, () => now);
    const load = async () => ({ value: await getEntity(ctxFor(database.db, null), firms.c.slug), tags: [`entity:${firms.c.id}`] });
    const before = await other.read("c", load);
    await publishedClaim(firms.c.slug, undefined, "C was founded in 2019.");
    now += POLL_MS / 2;
    expect(await other.read("c", load)).toBe(before);
    now += POLL_MS;
    const after = await other.read("c", load);
    expect(after.claims.map((c) => c.statement)).toContain("C was founded in 2019.");
  });
});
