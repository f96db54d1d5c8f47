import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { createTestDatabase } from "@/test/db";
import { ctxFor, makeClaim, makeEntity, makeUser } from "@/test/factories";
import { createSource } from "./create-source";
import { listSourcesWithUse } from "./queries";

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

describe("listSourcesWithUse (the workspace's sources page)", () => {
  it("counts the claims citing each source in their latest revision; an uncited source has 0", async () => {
    const author = await makeUser(database.db);
    const entity = await makeEntity(database.db, author);
    const claim = await makeClaim(database.db, author, entity.slug);
    const { source: unused } = await createSource(ctxFor(database.db, author), { url: "https://uses.example.org/none", title: "Unused" });
    const rows = await listSourcesWithUse(ctxFor(database.db, author));
    const cited = claim.citations[0]!.source.id;
    expect(rows.find((row) => row.id === cited)?.uses).toBe(1);
    expect(rows.find((row) => row.id === unused.id)?.uses).toBe(0);
  });
});
