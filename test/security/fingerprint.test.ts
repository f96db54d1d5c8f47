import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { entityRevisions } from "@/db/schema";
import { createTestDatabase } from "@/test/db";
import { makeEntity, makeUser } from "@/test/factories";
import { changeMarker, tableFingerprint } from "./fingerprint";

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

// The hostile-input and cross-origin tests rely on these to say "nothing was written": they must see every kind of write.
describe("the database change detectors", () => {
  it("notice an insert, an update of one field, and stay equal when nothing changed", async () => {
    const db = database.db;
    const author = await makeUser(db);
    const entity = await makeEntity(db, author);
    const marker = await changeMarker(db);
    const fingerprint = await tableFingerprint(db);
    expect(await changeMarker(db)).toBe(marker);
    expect(await tableFingerprint(db)).toEqual(fingerprint);

    await db.update(entityRevisions).set({ summary: "quietly changed" }).where(eq(entityRevisions.id, entity.revision.id));
    expect(await changeMarker(db)).not.toBe(marker);
    expect(await tableFingerprint(db)).not.toEqual(fingerprint);

    const afterUpdate = await changeMarker(db);
    await makeUser(db);
    expect(await changeMarker(db)).not.toBe(afterUpdate);
  });
});
