import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Database } from "@/db/client";
import { useDatabaseForTests } from "@/server/database";
import { createTestDatabase } from "@/test/db";
import * as sourcesRoute from "@/app/api/v1/sources/route";
import * as entitiesRoute from "@/app/api/v1/entities/route";
import { api, call, makeCaller, type Handler } from "@/test/api";
import { tableFingerprint } from "./fingerprint";

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

  it("answers 429 with Retry-After to an address past its unauthenticated writes, refused credentials included; others and members go on", async () => {
    vi.stubEnv("API_ANONYMOUS_WRITES_PER_MINUTE", "4");
    const from = (address: string, extra: Record<string, string> = {}) => ({ method: "POST", body: { url: "https://anon.example.org/x", title: "X" }, headers: { "x-real-ip": address, ...extra } });
    const post = sourcesRoute.POST as unknown as Handler;
    const before = await tableFingerprint(database.db);
    for (let i = 0; i < 3; i++) expect((await call(post, "/sources", from("203.0.113.7"))).status).toBe(401);
    // A guessed token is an unauthenticated attempt too (and no way around the limit).
    expect((await call(post, "/sources", from("203.0.113.7", { authorization: "Bearer nw_guessed" }))).status).toBe(401);

    for (const extra of [{}, { authorization: "Bearer nw_guessed-again" }] as Record<string, string>[]) {
      const refused = await call(post, "/sources", from("203.0.113.7", extra));
      expect(refused.status).toBe(429);
      expect(refused.body).toMatchObject({ error: { code: "rate_limited", message: expect.any(String), details: { retryAfterSeconds: expect.any(Number) } } });
      expect(Number(refused.response.headers.get("retry-after"))).toBeGreaterThan(0);
    }
    expect((await call(entitiesRoute.POST as unknown as Handler, "/entities", { ...from("203.0.113.7"), body: { kind: "firm", title: "Anon" } })).status).toBe(429);
    expect(await tableFingerprint(database.db)).toEqual(before); // nothing but the counter was written

    // Per address: another address still gets the plain 401; reads are not writes; members are counted per account.
    expect((await call(post, "/sources", from("198.51.100.9"))).status).toBe(401);
    expect((await call(entitiesRoute.GET as unknown as Handler, "/entities", { headers: { "x-real-ip": "203.0.113.7" } })).status).toBe(200);
    const member = await makeCaller(database.db);
    expect((await call(post, "/sources", { ...from("203.0.113.7"), as: member, body: { url: "https://anon.example.org/member", title: "M" } })).status).toBe(201);
  });

  it("reads API_ANONYMOUS_WRITES_PER_MINUTE per request: the default allows 60 a minute", async () => {
    const post = sourcesRoute.POST as unknown as Handler;
    const statuses: number[] = [];
    for (let i = 0; i < 61; i++) statuses.push((await call(post, "/sources", { method: "POST", body: {}, headers: { "x-real-ip": "192.0.2.60" } })).status);
    expect(statuses.slice(0, 60).every((s) => s === 401)).toBe(true);
    expect(statuses[60]).toBe(429);
  });
});
