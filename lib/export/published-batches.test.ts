import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { createTestDatabase } from "@/test/db";
import { makeClaim, makeEntity, makeUser, publish } from "@/test/factories";
import { publishedClaimBatches, publishedEntityBatches } from "./published-batches";

let database: Database;
const claimIds: string[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  const author = await makeUser(database.db, "contributor");
  const reviewer = await makeUser(database.db, "reviewer");
  for (let i = 0; i < 3; i++) {
    const firm = await makeEntity(database.db, author);
    await publish(database.db, author, reviewer, firm.revision.id);
    for (let j = 0; j < 2; j++) {
      const claim = await makeClaim(database.db, author, firm.slug);
      await publish(database.db, author, reviewer, claim.revision.id);
      claimIds.push(claim.id);
    }
  }
  await makeEntity(database.db, author); // a draft: never in a batch
}, 60_000);
afterAll(() => database.close());

describe("reading the published data in batches", () => {
  it("walks every published claim once, batch after batch, in id order", async () => {
    const sizes: number[] = [];
    const seen: string[] = [];
    for await (const batch of publishedClaimBatches(database.db, 4)) {
      sizes.push(batch.length);
      seen.push(...batch.map((c) => c.id));
    }
    expect(sizes).toEqual([4, 2]);
    expect(seen).toEqual([...claimIds].sort());
  });

  it("walks the published entities and nothing else", async () => {
    const seen: string[] = [];
    for await (const batch of publishedEntityBatches(database.db, 2)) seen.push(...batch.map((e) => e.id));
    expect(seen).toHaveLength(3);
    expect(new Set(seen).size).toBe(3);
  });
});
