import { describe, expect, it } from "vitest";
import { createApiToken, actorForToken } from "@/lib/auth/tokens";
import { createEntity } from "@/lib/entities/create-entity";
import { transitionRevision } from "@/lib/review/transition";
import { useTestDatabase } from "@/test/db";
import { ctxFor, makeEntity, makeUser } from "@/test/factories";

const database = useTestDatabase();

describe("scoped, expiring API tokens", () => {
  it("a read-only token can read but not write, and says which scope it lacks", async () => {
    const db = database.db;
    const owner = await makeUser(db, "reviewer");
    const { token } = await createApiToken(db, owner.id, "read only", owner.id, { scopes: ["read"] });
    const actor = await actorForToken(db, token);
    expect(actor.scopes).toEqual(["read"]);
    await expect(createEntity(ctxFor(db, actor), { kind: "firm", title: "Never Written Ltd", fields: { country: "CN" } }))
      .rejects.toMatchObject({ status: 403 });
  });

  it("a write token of a reviewer cannot approve: review needs its own scope", async () => {
    const db = database.db;
    const author = await makeUser(db);
    const reviewer = await makeUser(db, "reviewer");
    const entity = await makeEntity(db, author);
    await transitionRevision(ctxFor(db, author), entity.revision.id, "submit");
    const writer = await actorForToken(db, (await createApiToken(db, reviewer.id, "w", reviewer.id, { scopes: ["read", "write"] })).token);
    await expect(transitionRevision(ctxFor(db, writer), entity.revision.id, "approve"))
      .rejects.toMatchObject({ status: 403, message: expect.stringContaining('lacks the "review" scope') });
    const full = await actorForToken(db, (await createApiToken(db, reviewer.id)).token);
    await expect(transitionRevision(ctxFor(db, full), entity.revision.id, "approve")).resolves.toMatchObject({ status: "approved" });
  });

  it("a token never carries more than its owner's role: an admin scope on a contributor's token manages nothing", async () => {
    const db = database.db;
    const contributor = await makeUser(db);
    const actor = await actorForToken(db, (await createApiToken(db, contributor.id, "x", contributor.id, { scopes: ["read", "write", "review", "admin"] })).token);
    const { can } = await import("@/lib/policies");
    expect(can(actor, "manage:users")).toBe(false);
    expect(can(actor, "approve", { authorId: "someone-else" })).toBe(false);
  });

  it("an expired token is refused", async () => {
    const db = database.db;
    const owner = await makeUser(db);
    const { token } = await createApiToken(db, owner.id, "old", owner.id, { expiresAt: new Date(Date.now() - 1000) });
    await expect(actorForToken(db, token)).rejects.toMatchObject({ status: 401, message: expect.stringContaining("expired") });
  });
});
