import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { useDatabaseForTests } from "@/server/database";
import { createTestDatabase } from "@/test/db";
import { api, makeCaller, type Caller } from "@/test/api";

let database: Database;
let contributor: Caller, reviewer: Caller;

/** A published firm with one published claim, and work in progress that the public must never see. */
const world = {} as {
  draftFirm: { slug: string; revisionId: string };
  firm: { slug: string; nextRevisionId: string };
  published: { id: string; sourceId: string };
  pending: { id: string; revisionId: string; sourceId: string };
};
const SECRET = "Pending: the firm is a front for a sanctioned buyer.";
const SECRET_TITLE = "Renamed While Pending";

beforeAll(async () => {
  database = await createTestDatabase();
  useDatabaseForTests(database);
  contributor = await makeCaller(database.db, "contributor");
  reviewer = await makeCaller(database.db, "reviewer");

  const draft = (await api.createEntity(contributor, { kind: "firm", title: "Unpublished Trading Co", fields: { country: "AE" } })).body;
  world.draftFirm = { slug: draft.slug, revisionId: draft.revision.id };

  const firm = (await api.createEntity(contributor, { kind: "firm", title: "Visible Components Ltd", fields: { country: "HK" } })).body;
  const shared = (await api.createSource(contributor, { url: "https://news.example.org/visible", title: "Public report" })).body;
  const publishedClaim = (await api.createClaim(contributor, firm.slug, {
    statement: "The firm sells radio modules.", confidence: "confirmed", citations: [{ sourceId: shared.id, quote: "radio modules" }],
  })).body;
  for (const id of [firm.revision.id, publishedClaim.revision.id]) {
    await api.transition(contributor, id, "submit");
    await api.transition(reviewer, id, "approve");
  }
  // Work in progress: a pending claim citing both the public source and a new one, a pending
  // second revision of the published claim, and a pending rename of the page.
  const pendingClaim = (await api.createClaim(contributor, firm.slug, {
    statement: SECRET, confidence: "alleged",
    citations: [{ sourceId: shared.id, quote: "secret quote" }, { source: { url: "https://leak.example.org/memo", title: "Leaked memo" } }],
  })).body;
  await api.transition(contributor, pendingClaim.revision.id, "submit");
  const rewrite = (await api.createClaimRevision(contributor, publishedClaim.id, {
    baseRevisionId: publishedClaim.revision.id, statement: `${SECRET} (rewrite)`, confidence: "alleged", citations: [{ sourceId: shared.id }],
  })).body;
  await api.transition(contributor, rewrite.id, "submit");
  const rename = (await api.createEntityRevision(contributor, firm.slug, { baseRevisionId: firm.revision.id, title: SECRET_TITLE })).body;
  await api.transition(contributor, rename.id, "submit");

  world.firm = { slug: firm.slug, nextRevisionId: rename.id };
  world.published = { id: publishedClaim.id, sourceId: shared.id };
  world.pending = { id: pendingClaim.id, revisionId: pendingClaim.revision.id, sourceId: pendingClaim.citations[1]!.source.id };
});
afterAll(() => database.close());

/** Nothing in progress may appear anywhere in a signed-out answer. */
function expectNoWorkInProgress(body: unknown) {
  const text = JSON.stringify(body);
  expect(text).not.toContain("Pending:");
  expect(text).not.toContain(SECRET_TITLE);
  expect(text).not.toContain("Unpublished Trading");
  expect(text).not.toContain(world.pending.id);
  expect(text).not.toContain(world.firm.nextRevisionId);
  expect(text).not.toMatch(/"status":"(draft|pending)"/);
}

describe("what a signed-out caller sees", () => {
  it("gets 404 for an unpublished entity, even asking for the latest view", async () => {
    for (const query of ["", "?view=published", "?view=latest"]) {
      const result = await api.getEntity(null, world.draftFirm.slug, query);
      expect(result.status).toBe(404);
      expect(result.body).toMatchObject({ error: { code: "not_found" } });
    }
    expect((await api.getEntity(contributor, world.draftFirm.slug, "?view=latest")).status).toBe(200);
  });

  it("gets the published page without pending claims or edits, even asking for the latest view", async () => {
    for (const query of ["", "?view=latest"]) {
      const page = await api.getEntity(null, world.firm.slug, query);
      expect(page.status).toBe(200);
      expect(page.body.title).toBe("Visible Components Ltd");
      expect(page.body.latestRevisionId).toBe(page.body.publishedRevisionId);
      expect(page.body.claims.map((c) => c.statement)).toEqual(["The firm sells radio modules."]);
      expectNoWorkInProgress(page.body);
    }
  });

  it("never finds unpublished entities or pending revisions in the list", async () => {
    for (const query of ["", "?view=latest", "?kind=firm&limit=1", "?kind=firm&limit=1&cursor=dmlzaWJsZQ"]) {
      const list = await api.listEntities(null, query);
      expect(list.status).toBe(200);
      expectNoWorkInProgress(list.body);
    }
    expect((await api.listEntities(null)).body.items.map((i) => i.slug)).toEqual([world.firm.slug]);
  });

  it("sees a source only through published claims, and 404 for one only pending work cites", async () => {
    const source = await api.getSource(null, world.published.sourceId, "?view=latest");
    expect(source.status).toBe(200);
    expect(source.body.claims.map((c) => c.id)).toEqual([world.published.id]);
    expectNoWorkInProgress(source.body);
    expect(source.body).not.toHaveProperty("createdBy");
    expect((await api.getSource(null, world.pending.sourceId)).status).toBe(404);
  });

  it("gets 404 for revision history and 401 for the review queue and revision details", async () => {
    expect((await api.listEntityRevisions(null, world.firm.slug)).status).toBe(404);
    expect((await api.reviewQueue(null)).status).toBe(401);
    expect((await api.getRevision(null, world.pending.revisionId)).status).toBe(401);
  });
});

describe("what a member sees", () => {
  it("sees the newest revision and claims in every state with view=latest, and the published page without", async () => {
    const latest = await api.getEntity(contributor, world.firm.slug, "?view=latest");
    expect(latest.body.title).toBe(SECRET_TITLE);
    expect(latest.body.revision).toMatchObject({ id: world.firm.nextRevisionId, status: "pending" });
    expect(latest.body.claims.map((c) => c.statement)).toEqual([`${SECRET} (rewrite)`, SECRET]);
    const published = await api.getEntity(contributor, world.firm.slug);
    expect(published.body.title).toBe("Visible Components Ltd");
    expect((await api.listEntities(contributor, "?view=latest")).body.items).toHaveLength(2);
    expect((await api.getSource(contributor, world.pending.sourceId, "?view=latest")).status).toBe(200);
  });

  it("reads an entity's revision history and a revision's diff and review events", async () => {
    const history = await api.listEntityRevisions(contributor, world.firm.slug);
    expect(history.body.map((r) => r.status)).toEqual(["pending", "approved"]);
    const detail = await api.getRevision(reviewer, world.firm.nextRevisionId);
    expect(detail.status).toBe(200);
    expect(detail.body.changes).toEqual([expect.objectContaining({ key: "title", after: SECRET_TITLE })]);
    expect(detail.body.events.map((e) => e.action)).toEqual(["submit"]);
    expect(detail.body.allowed).toMatchObject({ approve: true });
  });
});
