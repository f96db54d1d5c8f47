import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import type { Actor } from "@/lib/context";
import { createClaim } from "@/lib/claims/create-claim";
import { createClaimRevision } from "@/lib/claims/create-claim-revision";
import { retractClaim } from "@/lib/claims/retract-claim";
import { readEntityPage } from "@/lib/public/reads";
import { createTestDatabase } from "@/test/db";
import { ctxFor, makeEntity, makeUser, publish } from "@/test/factories";
import { createEntityRevision } from "./create-entity-revision";
import { pageOfPublishedRevision } from "./revision-snapshot";

let database: Database;
let author: Actor, reviewer: Actor, lawyer: Actor;
let slug: string, firstRevision: string, pendingRevision: string;
// Review events carry millisecond timestamps; a pause keeps "before" and "after" apart.
const tick = () => new Promise((r) => setTimeout(r, 5));

async function claim(statement: string) {
  const c = await createClaim(ctxFor(database.db, author), slug, {
    statement, confidence: "probable", citations: [{ source: { url: `https://news.example.org/${encodeURIComponent(statement)}`, title: "Report" } }],
  });
  return c;
}

beforeAll(async () => {
  database = await createTestDatabase();
  author = await makeUser(database.db, "contributor");
  reviewer = await makeUser(database.db, "reviewer");
  lawyer = await makeUser(database.db, "reviewer");
  const firm = await makeEntity(database.db, author, "firm", "Old Name Trading");
  slug = firm.slug;
  firstRevision = firm.revision.id;
  await publish(database.db, author, reviewer, firm.revision.id);
  const kept = await claim("Kept: stays published throughout.");
  await publish(database.db, author, lawyer, kept.revision.id);
  const edited = await claim("Edited: first wording.");
  await publish(database.db, author, reviewer, edited.revision.id);
  const retracted = await claim("Retracted later: misattributed shipment.");
  await publish(database.db, author, reviewer, retracted.revision.id);
  await tick();

  const rename = await createEntityRevision(ctxFor(database.db, author), slug, { baseRevisionId: firm.revision.id, title: "New Name Trading" });
  await publish(database.db, author, reviewer, rename.id);
  await tick();

  const rewording = await createClaimRevision(ctxFor(database.db, author), edited.id, {
    baseRevisionId: edited.revision.id, statement: "Edited: second wording.", confidence: "confirmed", citations: [{ source: { url: "https://news.example.org/second", title: "Second" } }],
  });
  await publish(database.db, author, reviewer, rewording.id);
  const later = await claim("Later: published after the rename.");
  await publish(database.db, author, reviewer, later.revision.id);
  await retractClaim(ctxFor(database.db, reviewer), retracted.id, { comment: "Misattributed." });

  const pending = await createEntityRevision(ctxFor(database.db, author), slug, { baseRevisionId: rename.id, title: "Pending Name" });
  pendingRevision = pending.id;
}, 60_000);
afterAll(() => database.close());

describe("the permalink of an older published revision", () => {
  it("shows the page as it was then: its title, and the claims published then that are still public", async () => {
    const page = await readEntityPage(database.db, slug, firstRevision);
    expect(page?.snapshot).not.toBeNull();
    expect(page?.entity.title).toBe("Old Name Trading");
    expect(page?.snapshot?.current.number).toBe(2);
    expect(page?.entity.claims.map((c) => c.statement).sort()).toEqual(["Edited: first wording.", "Kept: stays published throughout."]);
    // Reviewed by two people then; the later approvals do not count.
    expect(page?.review.reviewerCount).toBe(2);
  });

  it("the current page shows the current revision and claims", async () => {
    const page = await readEntityPage(database.db, slug);
    expect(page?.snapshot).toBeNull();
    expect(page?.entity.title).toBe("New Name Trading");
    expect(page?.entity.claims.map((c) => c.statement).sort()).toEqual([
      "Edited: second wording.", "Kept: stays published throughout.", "Later: published after the rename.",
    ]);
    expect(page?.review.lastReviewedAt).not.toBeNull();
  });

  it("does not exist for a revision that was never published, or for nonsense", async () => {
    expect(await readEntityPage(database.db, slug, pendingRevision)).toBeNull();
    expect(await readEntityPage(database.db, slug, "not-a-revision")).toBeNull();
    expect(await pageOfPublishedRevision(database.db, pendingRevision)).toBeNull();
    expect(await pageOfPublishedRevision(database.db, firstRevision)).toEqual({ kind: "firm", slug });
  });
});
