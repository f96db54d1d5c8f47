import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { createTestDatabase } from "@/test/db";
import { createUser, setUserRole } from "@/lib/users/manage-users";
import { SYSTEM_ACTOR } from "@/lib/context";
import { actorForToken, actorForUserId, createApiToken, revokeApiToken } from "./tokens";
import { verifyCredentials } from "./sign-in";

let database: Database;
const system = () => ({ db: database.db, actor: SYSTEM_ACTOR });

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

describe("sign-in", () => {
  it("accepts the right password, in any letter case of the email, and refuses a wrong one", async () => {
    await createUser(system(), { email: "Ana@Example.org", name: "Ana", role: "contributor", password: "correct horse battery" });
    await expect(verifyCredentials(database.db, { email: "ANA@example.org", password: "correct horse battery" }, "10.0.0.1")).resolves.toMatchObject({ email: "ana@example.org" });
    await expect(verifyCredentials(database.db, { email: "ana@example.org", password: "wrong" }, "10.0.0.1")).resolves.toBeNull();
    await expect(verifyCredentials(database.db, { email: "nobody@example.org", password: "x" }, "10.0.0.1")).resolves.toBeNull();
  });

  it("locks an account out with 429 after ten failures, whatever the address", async () => {
    await createUser(system(), { email: "target@example.org", name: "T", role: "reviewer", password: "long enough password" });
    for (let i = 0; i < 10; i++) {
      await verifyCredentials(database.db, { email: "target@example.org", password: `guess ${i}` }, `10.1.0.${i}`);
    }
    await expect(verifyCredentials(database.db, { email: "target@example.org", password: "long enough password" }, "10.2.0.1")).rejects.toMatchObject({ status: 429 });
  });

  it("limits one address trying many accounts", async () => {
    for (let i = 0; i < 30; i++) await verifyCredentials(database.db, { email: `spray${i}@example.org`, password: "x" }, "10.9.9.9");
    await expect(verifyCredentials(database.db, { email: "ana@example.org", password: "correct horse battery" }, "10.9.9.9")).rejects.toMatchObject({ status: 429 });
    await expect(verifyCredentials(database.db, { email: "ana@example.org", password: "correct horse battery" }, "10.9.9.10")).resolves.not.toBeNull();
  });
});

describe("personal API tokens and roles", () => {
  it("stands for its user until revoked, and never stores the token itself", async () => {
    const user = await createUser(system(), { email: "script@example.org", name: "Script", role: "contributor", password: "a long password!" });
    const { token, id } = await createApiToken(database.db, user.id);
    await expect(actorForToken(database.db, token)).resolves.toEqual({ id: user.id, role: "contributor" });
    const stored = JSON.stringify(await database.db.query.apiTokens.findMany());
    expect(stored).not.toContain(token);
    await revokeApiToken(database.db, id, user.id);
    await expect(actorForToken(database.db, token)).rejects.toMatchObject({ status: 401 });
    await expect(actorForToken(database.db, "nw_made-up")).rejects.toMatchObject({ status: 401 });
  });

  it("reads the role fresh, so a demotion counts at once", async () => {
    const user = await createUser(system(), { email: "demoted@example.org", name: "D", role: "reviewer", password: "a long password!" });
    const { token } = await createApiToken(database.db, user.id);
    await setUserRole(system(), { email: "demoted@example.org", role: "contributor" });
    await expect(actorForToken(database.db, token)).resolves.toMatchObject({ role: "contributor" });
    await expect(actorForUserId(database.db, user.id)).resolves.toMatchObject({ role: "contributor" });
  });

  it("lets only admins manage users", async () => {
    const contributor = { id: "00000000-0000-4000-8000-000000000009", role: "contributor" as const };
    await expect(createUser({ db: database.db, actor: contributor }, { email: "x@example.org", name: "X", role: "admin", password: "a long password!" })).rejects.toMatchObject({ status: 403 });
    await expect(createUser(system(), { email: "ana@example.org", name: "Dup", role: "admin", password: "a long password!" })).rejects.toMatchObject({ status: 409 });
    await expect(createUser(system(), { email: "short@example.org", name: "S", role: "admin", password: "short" })).rejects.toMatchObject({ status: 400 });
  });
});
