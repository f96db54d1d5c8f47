import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import type { ReviewAction, RevisionStatus } from "@/db/schema";
import type { Actor } from "@/lib/context";
import { findClaim } from "@/lib/claims/queries";
import { createTestDatabase } from "@/test/db";
import { ctxFor, makeClaim, makeEntity, makeUser, publish } from "@/test/factories";
import { allowedActions, type AllowedActions } from "./allowed";
import { transitionRevision } from "./transition";

/**
 * DESIGN.md's review workflow as a table: every action tried from every state, each on a
 * fresh claim revision driven there through the workflow itself. A cell the table allows must
 * succeed and land in its state; every other cell must be refused (409) and leave the
 * revision — and what the public reads — as it was. The UI's list of offered actions must
 * agree with the server cell by cell.
 */
const STATES = ["draft", "pending", "approved", "rejected", "changes_requested", "withdrawn", "retracted"] as const;
type State = (typeof STATES)[number];
const ACTIONS: ReviewAction[] = ["submit", "withdraw", "approve", "reject", "request_changes", "retract"];

/** What DESIGN.md allows: action → from → to. Written out again here, not imported, so a slip in the code cannot agree with itself. */
const ALLOWED: Partial<Record<`${ReviewAction} from ${State}`, RevisionStatus>> = {
  "submit from draft": "pending",
  "withdraw from draft": "withdrawn",
  "withdraw from pending": "withdrawn",
  "approve from pending": "approved",
  "reject from pending": "rejected",
  "request_changes from pending": "changes_requested",
  "retract from approved": "retracted",
};

/** The words a refusal uses for each action. */
const PAST: Record<ReviewAction, string> = {
  submit: "submitted", withdraw: "withdrawn", approve: "approved", reject: "rejected", request_changes: "sent back for changes", retract: "retracted",
};

const UI_KEY: Record<ReviewAction, keyof AllowedActions> = {
  submit: "submit", withdraw: "withdraw", approve: "approve", reject: "reject", request_changes: "requestChanges", retract: "retract",
};

let database: Database;
let author: Actor, reviewer: Actor, otherReviewer: Actor, otherContributor: Actor;
let subjectSlug = "";

beforeAll(async () => {
  database = await createTestDatabase();
  author = await makeUser(database.db, "contributor");
  reviewer = await makeUser(database.db, "reviewer");
  otherReviewer = await makeUser(database.db, "reviewer");
  otherContributor = await makeUser(database.db, "contributor");
  const entity = await makeEntity(database.db, author);
  await publish(database.db, author, reviewer, entity.revision.id);
  subjectSlug = entity.slug;
});
afterAll(() => database.close());

const act = (actor: Actor, id: string, action: ReviewAction) =>
  transitionRevision(ctxFor(database.db, actor), id, action, { comment: `Because: ${action}` });

/** A claim whose only revision is in `state`, reached the way users reach it. */
async function claimIn(state: State) {
  const claim = await makeClaim(database.db, author, subjectSlug);
  const id = claim.revision.id;
  if (state === "draft") return claim;
  if (state === "withdrawn") return (await act(author, id, "withdraw"), claim);
  await act(author, id, "submit");
  if (state === "pending") return claim;
  if (state === "approved" || state === "retracted") await act(reviewer, id, "approve");
  if (state === "retracted") await act(reviewer, id, "retract");
  if (state === "rejected" || state === "changes_requested") await act(reviewer, id, state === "rejected" ? "reject" : "request_changes");
  return claim;
}

/** The one allowed to try: the author submits and withdraws, another reviewer does the rest. */
const actorFor = (action: ReviewAction) => (action === "submit" || action === "withdraw" ? author : otherReviewer);

describe("the review state table", () => {
  for (const state of STATES) {
    for (const action of ACTIONS) {
      const to = ALLOWED[`${action} from ${state}`];
      it(`${action} from ${state}: ${to ? `→ ${to}` : "refused (409), nothing changes"}`, async () => {
        const claim = await claimIn(state);
        const before = await findClaim(database.db, claim.id, "latest");
        const publicBefore = await findClaim(database.db, claim.id, "published");
        expect(before?.revision.status).toBe(state);

        const offered = allowedActions(actorFor(action), {
          type: "claim", status: state, authorId: author.id, isLatest: true, isPublished: publicBefore?.revision.id === claim.revision.id,
        })[UI_KEY[action]];
        expect(offered, "the UI offers exactly what the server allows").toBe(!!to);

        if (to) {
          await expect(act(actorFor(action), claim.revision.id, action)).resolves.toMatchObject({ id: claim.revision.id, status: to });
          expect((await findClaim(database.db, claim.id, "latest"))?.revision.status).toBe(to);
          const publicAfter = await findClaim(database.db, claim.id, "published");
          if (to === "approved") expect(publicAfter?.revision.id).toBe(claim.revision.id);
          else if (to === "retracted") expect(publicAfter).toBeNull();
          else expect(publicAfter?.revision.id).toBe(publicBefore?.revision.id);
          return;
        }
        await expect(act(actorFor(action), claim.revision.id, action)).rejects.toMatchObject({
          status: 409, message: `A ${state.replace("_", " ")} revision cannot be ${PAST[action]}.`,
        });
        expect((await findClaim(database.db, claim.id, "latest"))?.revision.status).toBe(state);
        expect((await findClaim(database.db, claim.id, "published"))?.revision.id).toBe(publicBefore?.revision.id);
      });
    }
  }
});

/** Those who may not, for each allowed cell: not the author; the author, or a contributor, for a review. */
const WRONG: Record<ReviewAction, () => Actor[]> = {
  submit: () => [otherContributor, otherReviewer],
  withdraw: () => [otherContributor, otherReviewer],
  approve: () => [author, otherContributor],
  reject: () => [author, otherContributor],
  request_changes: () => [author, otherContributor],
  retract: () => [author, otherContributor],
};

describe("who may take an allowed step", () => {
  for (const [cell, to] of Object.entries(ALLOWED)) {
    const [action, state] = cell.split(" from ") as [ReviewAction, State];
    it(`${action} from ${state}: refused (403) to the others, and not offered to them`, async () => {
      const claim = await claimIn(state);
      const publicBefore = await findClaim(database.db, claim.id, "published");
      for (const actor of WRONG[action]()) {
        const r = { type: "claim" as const, status: state, authorId: author.id, isLatest: true, isPublished: publicBefore?.revision.id === claim.revision.id };
        expect(allowedActions(actor, r)[UI_KEY[action]], `offered to ${actor.role}`).toBe(false);
        await expect(act(actor, claim.revision.id, action), actor.role).rejects.toMatchObject({ status: 403 });
      }
      expect((await findClaim(database.db, claim.id, "latest"))?.revision.status).toBe(state);
      expect(to).toBeDefined();
    });
  }

  it("never lets a reviewer review their own claim, though they may retract it", async () => {
    const own = await makeClaim(database.db, reviewer, subjectSlug);
    await transitionRevision(ctxFor(database.db, reviewer), own.revision.id, "submit");
    for (const action of ["approve", "reject", "request_changes"] as const) {
      await expect(act(reviewer, own.revision.id, action)).rejects.toMatchObject({ status: 403, message: expect.stringContaining("own work") });
    }
    await act(otherReviewer, own.revision.id, "approve");
    await expect(act(reviewer, own.revision.id, "retract")).resolves.toMatchObject({ status: "retracted" });
  });
});
