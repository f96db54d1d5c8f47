import { describe, expect, it } from "vitest";
import type { RevisionStatus } from "@/db/schema";
import type { Actor } from "@/lib/context";
import { allowedActions } from "./allowed";

/**
 * What the UI offers beside what lib/review/state-table.test.ts checks on the server: the
 * actions that also need the revision to be the latest, or the published one, or a claim.
 */
const author: Actor = { id: "00000000-0000-4000-8000-00000000000a", role: "contributor" };
const reviewer: Actor = { id: "00000000-0000-4000-8000-00000000000b", role: "reviewer" };
const revision = (status: RevisionStatus, more: Partial<Parameters<typeof allowedActions>[1]> = {}) =>
  ({ type: "claim" as const, status, authorId: author.id, isLatest: true, isPublished: false, ...more });
const offered = (actor: Actor, r: Parameters<typeof allowedActions>[1]) =>
  Object.entries(allowedActions(actor, r)).filter(([, yes]) => yes).map(([action]) => action);

describe("the actions offered on a revision", () => {
  it("offers submitting a draft only when it is the latest", () => {
    expect(offered(author, revision("draft"))).toEqual(["submit", "withdraw"]);
    expect(offered(author, revision("draft", { isLatest: false }))).toEqual(["withdraw"]);
  });

  it("offers approving a pending revision only when it is the latest; rejecting and sending back always", () => {
    expect(offered(reviewer, revision("pending"))).toEqual(["approve", "reject", "requestChanges"]);
    expect(offered(reviewer, revision("pending", { isLatest: false }))).toEqual(["reject", "requestChanges"]);
    expect(offered(author, revision("pending"))).toEqual(["withdraw"]);
  });

  it("offers retracting only the published revision of a claim, and only to a reviewer", () => {
    expect(offered(reviewer, revision("approved", { isPublished: true }))).toEqual(["retract"]);
    expect(offered(reviewer, revision("approved", { isPublished: false }))).toEqual([]);
    expect(offered(reviewer, revision("approved", { isPublished: true, type: "entity" }))).toEqual([]);
    expect(offered(reviewer, revision("approved", { isPublished: true, type: "source" }))).toEqual([]);
    expect(offered(author, revision("approved", { isPublished: true }))).toEqual([]);
  });

  it("offers nothing on a reviewed, withdrawn or retracted revision beyond that", () => {
    for (const status of ["rejected", "changes_requested", "withdrawn", "retracted"] as const) {
      expect(offered(author, revision(status)), status).toEqual([]);
      expect(offered(reviewer, revision(status, { isPublished: true })), status).toEqual([]);
    }
  });
});
