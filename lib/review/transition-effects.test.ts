import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { auditLog, claimRevisions, claims, entities, entityRevisions, reviewEvents } from "@/db/schema";
import type { Actor } from "@/lib/context";
import { createEntityRevision } from "@/lib/entities/create-entity-revision";
import { readEntityPage } from "@/lib/public/reads";
import { useSearchEngine } from "@/lib/search/engine";
import { postgresEngine } from "@/lib/search/postgres/engine";
import { search } from "@/lib/search/search";
import { createTestDatabase } from "@/test/db";
import { ctxFor, makeClaim, makeEntity, makeUser, publish } from "@/test/factories";
import { transitionRevision } from "./transition";

/**
 * What a transition writes beside the state — who reviewed and when, the published time, the
 * review event and the audit row in full — and whom it tells: search and the public pages
 * show an approval or a retraction at once.
 */
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

const act = (actor: Actor, id: string, action: Parameters<typeof transitionRevision>[2], comment?: string) =>
  transitionRevision(ctxFor(database.db, actor), id, action, comment ? { comment } : {});
const claimRevision = async (id: string) => (await database.db.select().from(claimRevisions).where(eq(claimRevisions.id, id)))[0]!;
const within = (t: Date | null, from: number, to: number) => {
  expect(t).toBeInstanceOf(Date);
  expect(t!.getTime()).toBeGreaterThanOrEqual(from - 1);
  expect(t!.getTime()).toBeLessThanOrEqual(to + 1);
};

describe("a transition", () => {
  it("records the reviewer and the time on a review, and nothing on a submission or withdrawal", async () => {
    const entity = await makeEntity(database.db, author);
    const claim = await makeClaim(database.db, author, entity.slug);
    await act(author, claim.revision.id, "submit");
    expect(await claimRevision(claim.revision.id)).toMatchObject({ status: "pending", reviewedAt: null, reviewedBy: null });
    const from = Date.now();
    await expect(act(reviewer, claim.revision.id, "request_changes", "Cite the ledger")).resolves.toEqual({
      id: claim.revision.id, type: "claim", status: "changes_requested", entityId: entity.id,
    });
    const reviewed = await claimRevision(claim.revision.id);
    expect(reviewed.reviewedBy).toBe(reviewer.id);
    within(reviewed.reviewedAt, from, Date.now());

    const withdrawn = await makeClaim(database.db, author, entity.slug);
    await act(author, withdrawn.revision.id, "withdraw");
    expect(await claimRevision(withdrawn.revision.id)).toMatchObject({ status: "withdrawn", reviewedAt: null, reviewedBy: null });
  });

  it("stamps the publication time on approval, on the entity and on the claim", async () => {
    const entity = await makeEntity(database.db, author);
    const claim = await makeClaim(database.db, author, entity.slug);
    const from = Date.now();
    await publish(database.db, author, reviewer, entity.revision.id);
    await publish(database.db, author, reviewer, claim.revision.id);
    const to = Date.now();
    const [e] = await database.db.select().from(entities).where(eq(entities.id, entity.id));
    const [c] = await database.db.select().from(claims).where(eq(claims.id, claim.id));
    within(e!.publishedAt, from, to);
    within(c!.publishedAt, from, to);
    expect((await database.db.select().from(entityRevisions).where(eq(entityRevisions.id, entity.revision.id)))[0]).toMatchObject({ reviewedBy: reviewer.id, status: "approved" });
  });

  it("writes the event and the audit row with the states, the comment and the page", async () => {
    const entity = await makeEntity(database.db, author);
    const claim = await makeClaim(database.db, author, entity.slug);
    await act(author, claim.revision.id, "submit");
    await act(reviewer, claim.revision.id, "reject", "Not supported by the source");
    const events = await database.db.select().from(reviewEvents).where(eq(reviewEvents.claimRevisionId, claim.revision.id));
    expect(events.map((e) => ({ action: e.action, from: e.fromStatus, to: e.toStatus, comment: e.comment, entityRevisionId: e.entityRevisionId, sourceRevisionId: e.sourceRevisionId }))).toEqual([
      { action: "submit", from: "draft", to: "pending", comment: null, entityRevisionId: null, sourceRevisionId: null },
      { action: "reject", from: "pending", to: "rejected", comment: "Not supported by the source", entityRevisionId: null, sourceRevisionId: null },
    ]);
    const audit = await database.db.select().from(auditLog).where(eq(auditLog.subjectId, claim.revision.id));
    expect(audit.map((a) => ({ action: a.action, actorId: a.actorId, subjectType: a.subjectType, entityId: a.entityId, details: a.details }))).toEqual([
      { action: "claim_revision.submit", actorId: author.id, subjectType: "claim_revision", entityId: entity.id, details: { from: "draft", to: "pending" } },
      { action: "claim_revision.reject", actorId: reviewer.id, subjectType: "claim_revision", entityId: entity.id, details: { from: "pending", to: "rejected", comment: "Not supported by the source" } },
    ]);
    const entityEvents = await database.db.select().from(reviewEvents).where(eq(reviewEvents.entityRevisionId, entity.revision.id));
    expect(entityEvents).toEqual([]);
    await act(author, entity.revision.id, "submit");
    const [pageEvent] = await database.db.select().from(reviewEvents).where(eq(reviewEvents.entityRevisionId, entity.revision.id));
    expect(pageEvent).toMatchObject({ claimRevisionId: null, sourceRevisionId: null, action: "submit" });
  });

  it("says why it refuses: the state and the action in words, the missing comment, the newer revision", async () => {
    const entity = await makeEntity(database.db, author);
    await publish(database.db, author, reviewer, entity.revision.id);
    await expect(act(author, entity.revision.id, "withdraw")).rejects.toMatchObject({
      status: 409, message: "A approved revision cannot be withdrawn.", details: { status: "approved", action: "withdraw" },
    });
    await expect(act(reviewer, entity.revision.id, "request_changes")).rejects.toMatchObject({ status: 400, message: expect.stringContaining("a comment is required to request changes") });
    const claim = await makeClaim(database.db, author, entity.slug);
    await act(author, claim.revision.id, "submit");
    await act(reviewer, claim.revision.id, "request_changes", "More");
    await expect(act(reviewer, claim.revision.id, "approve")).rejects.toMatchObject({ message: "A changes requested revision cannot be approved." });
    const newer = await createEntityRevision(ctxFor(database.db, author), entity.slug, { baseRevisionId: entity.revision.id, title: "Newer title" });
    await act(author, newer.id, "submit");
    const newest = await createEntityRevision(ctxFor(database.db, author), entity.slug, { baseRevisionId: newer.id, title: "Newest title" });
    await expect(act(reviewer, newer.id, "approve")).rejects.toMatchObject({ status: 409, details: { latestRevisionId: newest.id } });
  });

  it("makes an approval searchable and shown on the public page at once, and a retraction gone from both", async () => {
    const entity = await makeEntity(database.db, author, "firm", "Zeltrona Fastpublish Works");
    const anonymous = ctxFor(database.db, null);
    expect((await search(anonymous, { q: "Zeltrona" })).hits).toEqual([]);
    expect(await readEntityPage(database.db, entity.slug)).toBeNull();
    await publish(database.db, author, reviewer, entity.revision.id);
    expect((await search(anonymous, { q: "Zeltrona" })).hits.map((h) => h.id)).toEqual([entity.id]);
    expect((await readEntityPage(database.db, entity.slug))?.entity.title).toBe("Zeltrona Fastpublish Works");

    const claim = await makeClaim(database.db, author, entity.slug, "Zeltrona sold gyroscopes to a Kazan buyer.");
    await publish(database.db, author, reviewer, claim.revision.id);
    // The claim, and its page, which shows the claim's words.
    expect((await search(anonymous, { q: "gyroscopes" })).hits.map((h) => h.id).sort()).toEqual([claim.id, entity.id].sort());
    expect((await readEntityPage(database.db, entity.slug))?.entity.claims.map((c) => c.id)).toEqual([claim.id]);
    await act(reviewer, claim.revision.id, "retract", "Wrong buyer");
    expect((await search(anonymous, { q: "gyroscopes" })).hits).toEqual([]);
    expect((await readEntityPage(database.db, entity.slug))?.entity.claims).toEqual([]);
  });
});
