import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { claimRevisions } from "@/db/schema";
import { useDatabaseForTests } from "@/server/database";
import { createTestDatabase } from "@/test/db";
import { api, makeCaller, type Caller } from "@/test/api";

let database: Database;
let contributor: Caller, otherContributor: Caller, reviewer: Caller, otherReviewer: Caller;
beforeAll(async () => {
  database = await createTestDatabase();
  useDatabaseForTests(database);
  contributor = await makeCaller(database.db, "contributor");
  otherContributor = await makeCaller(database.db, "contributor");
  reviewer = await makeCaller(database.db, "reviewer");
  otherReviewer = await makeCaller(database.db, "reviewer");
});
afterAll(() => database.close());

let n = 0;
const citation = () => ({
  source: { url: `https://news.example.org/review-${++n}`, title: "Customs leak", type: "news", reliability: "B" },
  quote: "4,000 microcontrollers",
  locator: "p. 3",
});

async function draftFirm(author: Caller) {
  const result = await api.createEntity(author, { kind: "firm", title: `Review Test Firm ${++n}`, fields: { country: "HK" } });
  expect(result.status).toBe(201);
  return result.body;
}

async function draftClaim(author: Caller, slug: string, statement: string, citations: unknown[] = [citation()]) {
  const result = await api.createClaim(author, slug, { statement, confidence: "probable", citations });
  expect(result.status).toBe(201);
  return result.body;
}

async function submitted(author: Caller, revisionId: string) {
  expect((await api.transition(author, revisionId, "submit")).body).toMatchObject({ status: "pending" });
  return revisionId;
}

describe("reviewing through the API", () => {
  it("refuses approval by a contributor with 403, the author included", async () => {
    const firm = await draftFirm(contributor);
    await submitted(contributor, firm.revision.id);
    for (const who of [contributor, otherContributor]) {
      const result = await api.transition(who, firm.revision.id, "approve");
      expect(result.status).toBe(403);
      expect(result.body).toMatchObject({ error: { code: "forbidden" } });
    }
  });

  it("refuses a reviewer approving their own revision with 403", async () => {
    const firm = await draftFirm(reviewer);
    await submitted(reviewer, firm.revision.id);
    const result = await api.transition(reviewer, firm.revision.id, "approve");
    expect(result.status).toBe(403);
    expect(result.body).toMatchObject({ error: { code: "forbidden", message: expect.stringMatching(/own work/) } });
  });

  it("lets another reviewer approve, after which a signed-out reader sees the claim with its citation", async () => {
    const firm = await draftFirm(reviewer);
    const claim = await draftClaim(contributor, firm.slug, "The firm re-exported 4,000 microcontrollers to Moscow.");
    await submitted(reviewer, firm.revision.id);
    await submitted(contributor, claim.revision.id);
    expect((await api.transition(otherReviewer, firm.revision.id, "approve")).body).toMatchObject({ status: "approved" });
    expect((await api.transition(reviewer, claim.revision.id, "approve")).body).toMatchObject({ status: "approved" });

    const page = await api.getEntity(null, firm.slug);
    expect(page.status).toBe(200);
    expect(page.body.claims).toEqual([
      expect.objectContaining({
        id: claim.id,
        statement: "The firm re-exported 4,000 microcontrollers to Moscow.",
        revision: expect.objectContaining({ id: claim.revision.id, status: "approved" }),
        citations: [
          expect.objectContaining({
            quote: "4,000 microcontrollers",
            locator: "p. 3",
            source: expect.objectContaining({ title: "Customs leak", reliability: "B" }),
          }),
        ],
      }),
    ]);
  });

  it("refuses to approve a claim revision without a citation (409)", async () => {
    const firm = await draftFirm(contributor);
    const claim = await draftClaim(contributor, firm.slug, "Uncited hearsay.", []);
    const submit = await api.transition(contributor, claim.revision.id, "submit");
    expect(submit.status).toBe(409);
    // Submitting already refuses it, so the API cannot make such a pending revision; put one in
    // that state directly (as imported or older data could be) to check approval refuses it too.
    await database.db.update(claimRevisions).set({ status: "pending" }).where(eq(claimRevisions.id, claim.revision.id));
    const approve = await api.transition(reviewer, claim.revision.id, "approve");
    expect(approve.status).toBe(409);
    expect(approve.body).toMatchObject({ error: { code: "invalid_transition", message: expect.stringMatching(/citation/) } });
  });

  it("refuses to approve a stale revision once a newer one exists (409)", async () => {
    const firm = await draftFirm(contributor);
    await submitted(contributor, firm.revision.id);
    const newer = await api.createEntityRevision(otherContributor, firm.slug, { baseRevisionId: firm.revision.id, title: "Renamed Firm" });
    expect(newer.status).toBe(201);
    const approve = await api.transition(reviewer, firm.revision.id, "approve");
    expect(approve.status).toBe(409);
    expect(approve.body).toMatchObject({ error: { code: "invalid_transition", details: { latestRevisionId: newer.body.id } } });
    expect((await api.getEntity(null, firm.slug)).status).toBe(404);
  });

  it("needs a comment to reject or request changes (400)", async () => {
    const firm = await draftFirm(contributor);
    await submitted(contributor, firm.revision.id);
    for (const action of ["reject", "request-changes"]) {
      const result = await api.transition(reviewer, firm.revision.id, action);
      expect(result.status).toBe(400);
    }
    const sent = await api.transition(reviewer, firm.revision.id, "request-changes", { comment: "Cite the registry extract." });
    expect(sent.body).toMatchObject({ status: "changes_requested" });
  });

  it("records every transition in the audit log, naming actor, action, subject and time", async () => {
    const firm = await draftFirm(contributor);
    const claim = await draftClaim(contributor, firm.slug, "The firm uses a Tallinn forwarder.");
    const done: Array<{ actor: Caller; revisionId: string; action: string; startedAt: number; finishedAt: number }> = [];
    const act = async (actor: Caller, revisionId: string, action: string, comment?: string) => {
      const startedAt = Date.now();
      const result = await api.transition(actor, revisionId, action, comment ? { comment } : {});
      expect(result.status).toBe(200);
      done.push({ actor, revisionId, action: action.replace("-", "_"), startedAt, finishedAt: Date.now() });
    };
    await act(contributor, firm.revision.id, "submit");
    await act(reviewer, firm.revision.id, "reject", "Not notable.");
    const second = await api.createEntityRevision(contributor, firm.slug, { baseRevisionId: firm.revision.id, summary: "Notability" });
    await act(contributor, second.body.id, "submit");
    await act(contributor, second.body.id, "withdraw");
    await act(contributor, claim.revision.id, "submit");
    await act(otherReviewer, claim.revision.id, "approve");

    const before = Date.now();
    for (const { actor, revisionId, action, startedAt, finishedAt } of done) {
      const rows = await api.audit(reviewer, `?subjectId=${revisionId}`);
      expect(rows.status).toBe(200);
      const row = rows.body.find((r) => r.action.endsWith(`_revision.${action}`));
      expect(row, `${action} of ${revisionId}`).toMatchObject({ actorId: actor.id, subjectId: revisionId, actorName: expect.any(String) });
      expect(Date.parse(row!.createdAt)).toBeLessThanOrEqual(before);
      // The time of the transition itself, not of the row's creation somewhere else or a default of the epoch.
      expect(Date.parse(row!.createdAt), `${action} of ${revisionId}`).toBeGreaterThanOrEqual(startedAt);
      expect(Date.parse(row!.createdAt), `${action} of ${revisionId}`).toBeLessThanOrEqual(finishedAt);
    }
  });

  it("keeps the audit log from contributors (403) and signed-out callers (401)", async () => {
    expect((await api.audit(contributor)).body).toMatchObject({ error: { code: "forbidden" } });
    expect((await api.audit(contributor)).status).toBe(403);
    expect((await api.audit(null)).status).toBe(401);
    expect((await api.audit(reviewer, "?limit=5")).body).toHaveLength(5);
  });

  it("retracts a published claim, which leaves the public page and stays in history", async () => {
    const firm = await draftFirm(contributor);
    const claim = await draftClaim(contributor, firm.slug, "The firm was listed by OFAC.");
    await submitted(contributor, firm.revision.id);
    await submitted(contributor, claim.revision.id);
    await api.transition(reviewer, firm.revision.id, "approve");
    await api.transition(reviewer, claim.revision.id, "approve");
    expect((await api.getEntity(null, firm.slug)).body.claims).toHaveLength(1);

    expect((await api.retractClaim(contributor, claim.id, { comment: "Wrong firm." })).status).toBe(403);
    expect((await api.retractClaim(reviewer, claim.id, {})).status).toBe(400);
    const retracted = await api.retractClaim(reviewer, claim.id, { comment: "Wrong firm." });
    expect(retracted.status).toBe(200);
    expect(retracted.body).toMatchObject({ status: "retracted", claimId: claim.id, id: claim.revision.id });
    expect((await api.getEntity(null, firm.slug)).body.claims).toEqual([]);
    expect((await api.getRevision(reviewer, claim.revision.id)).body.revision.status).toBe("retracted");

    expect((await api.retractClaim(reviewer, claim.id, { comment: "Again." })).status).toBe(409);
    expect((await api.retractClaim(reviewer, "6f1c1b8e-7d0c-4d59-9d7e-3f1f3f6e2a11", { comment: "x" })).status).toBe(404);
  });

  it("lists pending revisions oldest first for members, and 401 for signed-out callers", async () => {
    const first = await draftFirm(contributor);
    const second = await draftFirm(otherContributor);
    await submitted(contributor, first.revision.id);
    await submitted(otherContributor, second.revision.id);
    const queue = await api.reviewQueue(reviewer);
    expect(queue.status).toBe(200);
    const ids = queue.body.map((item) => item.id);
    expect(ids.indexOf(first.revision.id)).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf(first.revision.id)).toBeLessThan(ids.indexOf(second.revision.id));
    expect(queue.body.find((item) => item.id === first.revision.id)).toMatchObject({ canReview: true, status: "pending" });
    const own = await api.reviewQueue(contributor);
    expect(own.body.find((item) => item.id === first.revision.id)).toMatchObject({ canReview: false });
    expect((await api.reviewQueue(null)).status).toBe(401);
    expect((await api.reviewQueue(reviewer, "?limit=1")).body).toHaveLength(1);
  });
});
