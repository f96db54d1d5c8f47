import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import type { Actor } from "@/lib/context";
import { createClaimRevision } from "@/lib/claims/create-claim-revision";
import { findClaim } from "@/lib/claims/queries";
import { retractClaim } from "@/lib/claims/retract-claim";
import { createEntityRevision } from "@/lib/entities/create-entity-revision";
import { getEntity, listEntities, publishedEntityCounts } from "@/lib/entities/queries";
import { revisionSnapshot } from "@/lib/entities/revision-snapshot";
import { createTestDatabase } from "@/test/db";
import { ctxFor, makeClaim, makeEntity, makeUser, publish } from "@/test/factories";
import { viewFor } from "./visibility";

/**
 * The one visibility rule, read through the functions that use it: the public always gets the
 * published edition; members get it too unless they ask for the workspace; old revisions are
 * readable only as they were published, and a retracted claim is gone from them as well.
 */
let database: Database;
let author: Actor, reviewer: Actor;
const state = { draftSlug: "", publishedSlug: "", publishedId: "", firstRevisionId: "", claimId: "", claimFirstRevisionId: "" };

beforeAll(async () => {
  database = await createTestDatabase();
  author = await makeUser(database.db, "contributor");
  reviewer = await makeUser(database.db, "reviewer");
  const draft = await makeEntity(database.db, author, "firm", "Aardvark Draftonly Holdings");
  const published = await makeEntity(database.db, author, "firm", "Aardvark Published Trading");
  await publish(database.db, author, reviewer, published.revision.id);
  const claim = await makeClaim(database.db, author, published.slug, "Aardvark shipped relays.");
  await publish(database.db, author, reviewer, claim.revision.id);
  // A second published revision of the page, so the first one is history.
  const second = await createEntityRevision(ctxFor(database.db, author), published.slug, { baseRevisionId: published.revision.id, title: "Aardvark Published Trading Ltd" });
  await publish(database.db, author, reviewer, second.id);
  Object.assign(state, {
    draftSlug: draft.slug, publishedSlug: published.slug, publishedId: published.id, firstRevisionId: published.revision.id,
    claimId: claim.id, claimFirstRevisionId: claim.revision.id,
  });
});
afterAll(() => database.close());

describe("the visibility rule", () => {
  it("gives the public the published view whatever it asks, and members what they ask, published by default", () => {
    expect(viewFor(null)).toBe("published");
    expect(viewFor(null, "latest")).toBe("published");
    expect(viewFor(author)).toBe("published");
    expect(viewFor(author, "latest")).toBe("latest");
    expect(viewFor(author, "published")).toBe("published");
  });

  it("lists and shows only published pages unless a member asks for the workspace", async () => {
    const titles = async (actor: Actor | null, view?: "latest" | "published") =>
      (await listEntities(ctxFor(database.db, actor), { view })).items.map((e) => e.title).filter((t) => t.startsWith("Aardvark"));
    expect(await titles(null)).toEqual(["Aardvark Published Trading Ltd"]);
    expect(await titles(null, "latest")).toEqual(["Aardvark Published Trading Ltd"]);
    expect(await titles(author)).toEqual(["Aardvark Published Trading Ltd"]);
    expect((await titles(author, "latest")).sort()).toEqual(["Aardvark Draftonly Holdings", "Aardvark Published Trading Ltd"]);
    await expect(getEntity(ctxFor(database.db, author), state.draftSlug)).rejects.toMatchObject({ status: 404 });
    await expect(getEntity(ctxFor(database.db, author), state.draftSlug, "latest")).resolves.toMatchObject({ title: "Aardvark Draftonly Holdings" });
  });

  it("counts only published pages for the home page, whoever asks", async () => {
    const published = { firm: 1, route: 0, technology: 0 };
    expect(await publishedEntityCounts(ctxFor(database.db, null))).toEqual(published);
    expect(await publishedEntityCounts(ctxFor(database.db, author))).toEqual(published);
  });

  it("shows an earlier published revision of a page through its permalink, never a draft one", async () => {
    const old = await revisionSnapshot(database.db, state.publishedSlug, state.firstRevisionId);
    expect(old?.entity.title).toBe("Aardvark Published Trading");
    const pending = await createEntityRevision(ctxFor(database.db, author), state.publishedSlug, { baseRevisionId: (await getEntity(ctxFor(database.db, null), state.publishedSlug)).revision.id, title: "Aardvark Qxpending" });
    expect(await revisionSnapshot(database.db, state.publishedSlug, pending.id)).toBeNull();
  });

  it("shows a published claim on an earlier revision of its page, and nowhere once retracted", async () => {
    const newer = await createClaimRevision(ctxFor(database.db, author), state.claimId, {
      baseRevisionId: state.claimFirstRevisionId, statement: "Aardvark shipped relays and fuses.", confidence: "probable",
      citations: [{ source: { url: "https://news.example.org/aardvark", title: "S" } }],
    });
    await publish(database.db, author, reviewer, newer.id);
    expect((await findClaim(database.db, state.claimId, "published"))?.statement).toBe("Aardvark shipped relays and fuses.");
    const oldPage = await revisionSnapshot(database.db, state.publishedSlug, state.firstRevisionId);
    expect(oldPage?.entity.claims.map((c) => c.id)).toEqual([state.claimId]);

    await retractClaim(ctxFor(database.db, reviewer), state.claimId, { comment: "Wrong firm" });
    expect(await findClaim(database.db, state.claimId, "published")).toBeNull();
    expect((await revisionSnapshot(database.db, state.publishedSlug, state.firstRevisionId))?.entity.claims).toEqual([]);
    expect((await findClaim(database.db, state.claimId, "latest"))?.revision.status).toBe("retracted");
  });
});
