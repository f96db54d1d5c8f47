import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import type { Actor } from "@/lib/context";
import { createClaimRevision } from "@/lib/claims/create-claim-revision";
import { findClaim } from "@/lib/claims/queries";
import { createTestDatabase } from "@/test/db";
import { ctxFor, makeClaim, makeEntity, makeUser } from "@/test/factories";
import { compareClaimRevisions, listClaimRevisions, restoreClaimRevision } from "./claim-history";

let database: Database;
let user: Actor;
beforeAll(async () => {
  database = await createTestDatabase();
  user = await makeUser(database.db);
});
afterAll(() => database.close());

describe("claim history", () => {
  it("compares two revisions, citations included, and restores the old one as a new draft", async () => {
    const ctx = ctxFor(database.db, user);
    const firm = await makeEntity(database.db, user);
    const claim = await makeClaim(database.db, user, firm.slug, "Shipped 100 units in 2023.");
    const second = await createClaimRevision(ctx, claim.id, {
      baseRevisionId: claim.revision.id, statement: "Shipped 120 units in 2023.", confidence: "confirmed",
      citations: [{ source: { url: "https://second.example/doc", title: "Second source" }, locator: "p. 9" }],
    });
    const changes = await compareClaimRevisions(ctx, claim.id, claim.revision.id, second.id);
    expect(changes.map((c) => c.key)).toEqual(expect.arrayContaining(["statement", "confidence", "citation.0"]));

    const restored = await restoreClaimRevision(ctx, claim.id, claim.revision.id);
    expect(restored).toMatchObject({ number: 3, status: "draft", summary: "Restored revision 1" });
    const now = await findClaim(database.db, claim.id, "latest");
    expect(now).toMatchObject({ statement: "Shipped 100 units in 2023.", confidence: "probable" });
    expect(now!.citations.map((c) => c.source.id)).toEqual(claim.citations.map((c) => c.source.id));
    const { revisions, subject } = await listClaimRevisions(ctx, claim.id);
    expect(subject.slug).toBe(firm.slug);
    expect(revisions.map((r) => r.number)).toEqual([3, 2, 1]);
  });

  it("is for members only", async () => {
    const firm = await makeEntity(database.db, user);
    const claim = await makeClaim(database.db, user, firm.slug);
    await expect(listClaimRevisions(ctxFor(database.db, null), claim.id)).rejects.toMatchObject({ status: 401 });
  });
});
