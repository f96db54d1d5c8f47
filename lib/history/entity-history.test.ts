import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import type { Actor } from "@/lib/context";
import { createEntityRevision } from "@/lib/entities/create-entity-revision";
import { getEntity, listEntityRevisions } from "@/lib/entities/queries";
import { createTestDatabase } from "@/test/db";
import { ctxFor, makeEntity, makeUser } from "@/test/factories";
import { compareEntityRevisions, restoreEntityRevision } from "./entity-history";

let database: Database;
let user: Actor;
beforeAll(async () => {
  database = await createTestDatabase();
  user = await makeUser(database.db);
});
afterAll(() => database.close());

describe("entity history", () => {
  it("shows what changed between two revisions and restores an old one as a new draft", async () => {
    const firm = await makeEntity(database.db, user, "firm", "Original Name Ltd");
    const ctx = ctxFor(database.db, user);
    const second = await createEntityRevision(ctx, firm.slug, { baseRevisionId: firm.revision.id, title: "Renamed Holdings Ltd", fields: { country: "HK" } });

    const changes = await compareEntityRevisions(ctx, firm.slug, firm.revision.id, second.id);
    expect(changes.map((c) => c.key).sort()).toEqual(["fields.country", "title"]);
    expect(changes.find((c) => c.key === "title")!.parts).toEqual(
      expect.arrayContaining([{ value: "Original Name", removed: true }, { value: "Renamed Holdings", added: true }]),
    );

    const restored = await restoreEntityRevision(ctx, firm.slug, firm.revision.id);
    expect(restored).toMatchObject({ number: 3, status: "draft", baseRevisionId: second.id, summary: "Restored revision 1" });
    expect(await getEntity(ctx, firm.slug, "latest")).toMatchObject({ title: "Original Name Ltd", fields: { country: "CN" } });
    expect((await listEntityRevisions(ctx, firm.slug)).map((r) => r.number)).toEqual([3, 2, 1]);
  });

  it("refuses a revision of another entity", async () => {
    const a = await makeEntity(database.db, user);
    const b = await makeEntity(database.db, user);
    await expect(compareEntityRevisions(ctxFor(database.db, user), a.slug, a.revision.id, b.revision.id)).rejects.toMatchObject({ status: 404 });
    await expect(restoreEntityRevision(ctxFor(database.db, user), a.slug, b.revision.id)).rejects.toMatchObject({ status: 404 });
  });
});
