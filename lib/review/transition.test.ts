import { eq, or } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { auditLog, entityRevisions, reviewEvents } from "@/db/schema";
import type { Actor } from "@/lib/context";
import { createClaim } from "@/lib/claims/create-claim";
import { createClaimRevision } from "@/lib/claims/create-claim-revision";
import { findClaim } from "@/lib/claims/queries";
import { getEntity } from "@/lib/entities/queries";
import { createTestDatabase } from "@/test/db";
import { ctxFor, makeClaim, makeEntity, makeUser, publish } from "@/test/factories";
import { transitionRevision } from "./transition";

let database: Database;
let author: Actor, reviewer: Actor, secondReviewer: Actor, contributor: Actor;
beforeAll(async () => {
  database = await createTestDatabase();
  author = await makeUser(database.db, "contributor");
  contributor = await makeUser(database.db, "contributor");
  reviewer = await makeUser(database.db, "reviewer");
  secondReviewer = await makeUser(database.db, "reviewer");
});
afterAll(() => database.close());

const findEntityRevisionStatus = async (id: string) =>
  (await database.db.select({ status: entityRevisions.status }).from(entityRevisions).where(eq(entityRevisions.id, id)))[0]?.status;

const act = (actor: Actor, id: string, action: Parameters<typeof transitionRevision>[2], comment?: string) =>
  transitionRevision(ctxFor(database.db, actor), id, action, comment ? { comment } : {});

describe("the review workflow", () => {
  it("publishes an entity only when a reviewer other than the author approves it", async () => {
    const entity = await makeEntity(database.db, author);
    await expect(act(contributor, entity.revision.id, "submit")).rejects.toMatchObject({ status: 403 });
    await act(author, entity.revision.id, "submit");
    await expect(act(contributor, entity.revision.id, "approve")).rejects.toMatchObject({ status: 403 });
    await expect(getEntity(ctxFor(database.db, null), entity.slug)).rejects.toMatchObject({ status: 404 });
    await act(reviewer, entity.revision.id, "approve");
    await expect(getEntity(ctxFor(database.db, null), entity.slug)).resolves.toMatchObject({ publishedRevisionId: entity.revision.id });
  });

  it("never lets a reviewer approve their own work", async () => {
    const entity = await makeEntity(database.db, reviewer);
    await act(reviewer, entity.revision.id, "submit");
    await expect(act(reviewer, entity.revision.id, "approve")).rejects.toMatchObject({ status: 403, message: expect.stringContaining("own work") });
    await act(secondReviewer, entity.revision.id, "approve");
  });

  it("refuses a claim without a citation, and a stale revision", async () => {
    const entity = await makeEntity(database.db, author);
    const bare = await createClaim(ctxFor(database.db, author), entity.slug, { statement: "Unsourced", confidence: "alleged" });
    await expect(act(author, bare.revision.id, "submit")).rejects.toMatchObject({ status: 409, message: expect.stringContaining("citation") });

    const claim = await makeClaim(database.db, author, entity.slug);
    await act(author, claim.revision.id, "submit");
    await createClaimRevision(ctxFor(database.db, author), claim.id, {
      baseRevisionId: claim.revision.id, statement: "Newer wording", confidence: "probable",
      citations: [{ source: { url: "https://stale.example/1", title: "S" } }],
    });
    await expect(act(reviewer, claim.revision.id, "approve")).rejects.toMatchObject({ status: 409, message: expect.stringContaining("stale") });
  });

  it("needs a comment to reject, request changes or retract", async () => {
    const entity = await makeEntity(database.db, author);
    const claim = await makeClaim(database.db, author, entity.slug);
    await act(author, claim.revision.id, "submit");
    await expect(act(reviewer, claim.revision.id, "reject")).rejects.toMatchObject({ status: 400 });
    await expect(act(reviewer, claim.revision.id, "request_changes")).rejects.toMatchObject({ status: 400 });
    await act(reviewer, claim.revision.id, "request_changes", "Cite the customs record");
    await expect(act(reviewer, claim.revision.id, "approve")).rejects.toMatchObject({ status: 409 });
  });

  it("retracts a published claim: gone from the public view, kept in history", async () => {
    const entity = await makeEntity(database.db, author);
    await publish(database.db, author, reviewer, entity.revision.id);
    const claim = await makeClaim(database.db, author, entity.slug);
    await publish(database.db, author, reviewer, claim.revision.id);
    expect((await getEntity(ctxFor(database.db, null), entity.slug)).claims.map((c) => c.id)).toContain(claim.id);
    await act(secondReviewer, claim.revision.id, "retract", "Source withdrew the report");
    expect((await getEntity(ctxFor(database.db, null), entity.slug)).claims.map((c) => c.id)).not.toContain(claim.id);
    expect(await findClaim(database.db, claim.id, "latest")).toMatchObject({ revision: { status: "retracted" } });
  });

  it("lets the author withdraw a pending revision but not a reviewed one", async () => {
    const entity = await makeEntity(database.db, author);
    await act(author, entity.revision.id, "submit");
    await act(author, entity.revision.id, "withdraw");
    await expect(act(author, entity.revision.id, "submit")).rejects.toMatchObject({ status: 409 });

    // The second half: a reviewed revision stays as the review left it.
    const approved = await makeEntity(database.db, author);
    await publish(database.db, author, reviewer, approved.revision.id);
    await expect(act(author, approved.revision.id, "withdraw")).rejects.toMatchObject({ status: 409 });
    await expect(getEntity(ctxFor(database.db, null), approved.slug)).resolves.toMatchObject({ publishedRevisionId: approved.revision.id });
    const rejected = await makeEntity(database.db, author);
    await act(author, rejected.revision.id, "submit");
    await act(reviewer, rejected.revision.id, "reject", "Not notable");
    await expect(act(author, rejected.revision.id, "withdraw")).rejects.toMatchObject({ status: 409 });
    expect(await findEntityRevisionStatus(rejected.revision.id)).toBe("rejected");
  });

  it("retracts only the published revision of a claim: an older approved one is refused, the claim stays public", async () => {
    const entity = await makeEntity(database.db, author);
    await publish(database.db, author, reviewer, entity.revision.id);
    const claim = await makeClaim(database.db, author, entity.slug);
    await publish(database.db, author, reviewer, claim.revision.id);
    const newer = await createClaimRevision(ctxFor(database.db, author), claim.id, {
      baseRevisionId: claim.revision.id, statement: "Corrected wording", confidence: "probable",
      citations: [{ source: { url: "https://retract.example/1", title: "S" } }],
    });
    await publish(database.db, author, reviewer, newer.id);

    await expect(act(secondReviewer, claim.revision.id, "retract", "Old wording was wrong")).rejects.toMatchObject({
      status: 409, message: expect.stringContaining("published revision"),
    });
    expect(await findClaim(database.db, claim.id, "published")).toMatchObject({ revision: { id: newer.id, status: "approved" } });
    expect((await findClaim(database.db, claim.id, "latest"))?.revision.id).toBe(newer.id);
    expect((await getEntity(ctxFor(database.db, null), entity.slug)).claims.map((c) => c.id)).toContain(claim.id);
    const events = await database.db.select().from(reviewEvents).where(eq(reviewEvents.claimRevisionId, claim.revision.id));
    expect(events.map((e) => e.action)).toEqual(["submit", "approve"]);
  });

  it("never retracts an entity revision: the page stays published", async () => {
    const entity = await makeEntity(database.db, author);
    await publish(database.db, author, reviewer, entity.revision.id);
    await expect(act(secondReviewer, entity.revision.id, "retract", "Wrong firm")).rejects.toMatchObject({
      status: 409, message: expect.stringContaining("Only claims"),
    });
    await expect(getEntity(ctxFor(database.db, null), entity.slug)).resolves.toMatchObject({ publishedRevisionId: entity.revision.id });
    expect(await findEntityRevisionStatus(entity.revision.id)).toBe("approved");
  });

  it("writes a review event and an audit row for every transition", async () => {
    const entity = await makeEntity(database.db, author);
    const claim = await makeClaim(database.db, author, entity.slug);
    await act(author, claim.revision.id, "submit");
    await act(reviewer, claim.revision.id, "request_changes", "More detail");
    const events = await database.db.select().from(reviewEvents).where(eq(reviewEvents.claimRevisionId, claim.revision.id));
    expect(events.map((e) => [e.action, e.actorId])).toEqual([["submit", author.id], ["request_changes", reviewer.id]]);
    const audit = await database.db.select().from(auditLog).where(or(eq(auditLog.subjectId, claim.revision.id)));
    expect(audit.map((a) => a.action)).toEqual(["claim_revision.submit", "claim_revision.request_changes"]);
    expect(audit.every((a) => a.createdAt instanceof Date && a.entityId === entity.id)).toBe(true);
  });
});
