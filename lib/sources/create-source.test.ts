import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import type { Actor } from "@/lib/context";
import { createTestDatabase } from "@/test/db";
import { ctxFor, makeUser } from "@/test/factories";
import { createSource } from "./create-source";

let database: Database;
let user: Actor;
beforeAll(async () => {
  database = await createTestDatabase();
  user = await makeUser(database.db);
});
afterAll(() => database.close());

describe("createSource", () => {
  it("reuses the source of a known URL, however it was written", async () => {
    const first = await createSource(ctxFor(database.db, user), { url: "https://www.news.example.org/story?id=5&utm_source=x#top", title: "Story" });
    const again = await createSource(ctxFor(database.db, user), { url: "https://NEWS.example.org/story/?id=5", title: "Same story" });
    expect(first.created).toBe(true);
    expect(again.created).toBe(false);
    expect(again.source.id).toBe(first.source.id);
    expect(again.source.title).toBe("Story");
  });

  it("refuses non-http URLs with a clear message", async () => {
    await expect(createSource(ctxFor(database.db, user), { url: "javascript:alert(1)", title: "x" })).rejects.toMatchObject({
      status: 400,
      message: expect.stringContaining("url"),
    });
    await expect(createSource(ctxFor(database.db, user), { url: "https://ok.example", title: "x", archiveUrl: "file:///etc/passwd" })).rejects.toMatchObject({ status: 400 });
  });

  it("refuses unknown fields and a bad reliability grade", async () => {
    await expect(createSource(ctxFor(database.db, user), { url: "https://a.example", title: "x", extra: 1 })).rejects.toMatchObject({ status: 400 });
    await expect(createSource(ctxFor(database.db, user), { url: "https://a.example", title: "x", reliability: "Z" })).rejects.toMatchObject({ status: 400 });
  });
});
