import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { createTestDatabase } from "@/test/db";
import { ctxFor, makeUser } from "@/test/factories";
import { createEntity } from "./create-entity";
import { getEntity } from "./queries";
import type { Actor } from "@/lib/context";

let database: Database;
let alice: Actor;

beforeAll(async () => {
  database = await createTestDatabase();
  alice = await makeUser(database.db);
});
afterAll(() => database.close());

describe("createEntity", () => {
  it("creates a draft first revision with a slug transliterated from the title", async () => {
    const entity = await createEntity(ctxFor(database.db, alice), {
      kind: "firm",
      title: "ООО Северный Ветер",
      aliases: [{ name: "Severny Veter LLC", lang: "en" }],
      fields: { country: "ru", roles: ["intermediary"] },
    });
    expect(entity.slug).toBe("ooo-severnyy-veter");
    expect(entity.revision).toMatchObject({ number: 1, status: "draft" });
    expect(entity.fields).toMatchObject({ country: "RU", roles: ["intermediary"] });
    expect(entity.publishedRevisionId).toBeNull();
  });

  it("gives a second page of the same title its own slug", async () => {
    const a = await createEntity(ctxFor(database.db, alice), { kind: "technology", title: "Microcontrollers" });
    const b = await createEntity(ctxFor(database.db, alice), { kind: "technology", title: "Microcontrollers" });
    expect(a.slug).toBe("microcontrollers");
    expect(b.slug).toBe("microcontrollers-2");
  });

  it("refuses an unknown kind and fields that do not fit the kind", async () => {
    await expect(createEntity(ctxFor(database.db, alice), { kind: "person", title: "X" })).rejects.toMatchObject({ status: 400 });
    await expect(
      createEntity(ctxFor(database.db, alice), { kind: "route", title: "Nowhere", fields: { origin: "XX", destination: "RU" } }),
    ).rejects.toMatchObject({ status: 400, message: expect.stringContaining("fields.origin") });
  });

  it("refuses an anonymous caller", async () => {
    await expect(createEntity(ctxFor(database.db, null), { kind: "firm", title: "Anon" })).rejects.toMatchObject({ status: 401 });
  });

  it("hides a draft entity from the public", async () => {
    const entity = await createEntity(ctxFor(database.db, alice), { kind: "firm", title: "Hidden Draft Trading" });
    await expect(getEntity(ctxFor(database.db, null), entity.slug, "latest")).rejects.toMatchObject({ status: 404 });
    await expect(getEntity(ctxFor(database.db, alice), entity.slug, "latest")).resolves.toMatchObject({ title: "Hidden Draft Trading" });
  });
});
