import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Database } from "@/db/client";
import { useDatabaseForTests } from "@/db/runtime";
import { createTestDatabase } from "@/test/db";
import { api, makeCaller } from "@/test/api";

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
  useDatabaseForTests(database);
});
afterAll(() => database.close());
afterEach(() => vi.unstubAllEnvs());

describe("API rate limits", () => {
  it("answers 429 with Retry-After once an account has used up its writes for the minute, refused writes included", async () => {
    vi.stubEnv("API_WRITES_PER_MINUTE", "5");
    const writer = await makeCaller(database.db);
    for (let i = 0; i < 4; i++) expect((await api.createSource(writer, { url: "not a url" })).status).toBe(400);
    expect((await api.createSource(writer, { url: `https://limits.example.org/a`, title: "A" })).status).toBe(201);

    const refused = await api.createSource(writer, { url: `https://limits.example.org/b`, title: "B" });
    expect(refused.status).toBe(429);
    expect(refused.body).toMatchObject({ error: { code: "rate_limited", details: { retryAfterSeconds: expect.any(Number) } } });
    expect(Number(refused.response.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await api.getSource(writer, "00000000-0000-4000-8000-000000000000")).status).toBe(404); // reads still go through

    // The limit is per account: someone else writes on.
    const other = await makeCaller(database.db);
    expect((await api.createSource(other, { url: `https://limits.example.org/b`, title: "B" })).status).toBe(201);
  });

  it("limits requests per API token, reads included", async () => {
    vi.stubEnv("API_TOKEN_REQUESTS_PER_MINUTE", "3");
    const script = await makeCaller(database.db);
    for (let i = 0; i < 3; i++) expect((await api.listEntities(script)).status).toBe(200);
    const refused = await api.listEntities(script);
    expect(refused.status).toBe(429);
    expect(refused.body).toMatchObject({ error: { code: "rate_limited" } });
    // Anonymous reads are not token use.
    expect((await api.listEntities(null)).status).toBe(200);
  });
});
