import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { useDatabaseForTests } from "@/server/database";
import * as sourcesRoute from "@/app/api/v1/sources/route";
import { createTestDatabase } from "@/test/db";
import { call, type Handler } from "@/test/api";
import { tableFingerprint } from "@/test/security/fingerprint";

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
  useDatabaseForTests(database);
});
afterAll(() => database.close());

const post = sourcesRoute.POST as unknown as Handler;
const body = { url: "https://csrf.example.org/x", title: "Planted" };

describe("state-changing requests from another origin", () => {
  it("are refused with 403 when they carry the session cookie, and write nothing", async () => {
    const before = await tableFingerprint(database.db);
    for (const cookie of ["authjs.session-token=forged", "__Secure-authjs.session-token.0=forged"]) {
      const result = await call(post, "/sources", {
        method: "POST", body, headers: { cookie, origin: "https://evil.example", host: "localhost" },
      });
      expect(result.status).toBe(403);
      expect(result.body).toMatchObject({ error: { code: "forbidden" } });
    }
    expect(await tableFingerprint(database.db)).toEqual(before);
  });

  it("without any credential get 401, whatever the origin", async () => {
    const result = await call(post, "/sources", { method: "POST", body, headers: { origin: "https://evil.example" } });
    expect(result.status).toBe(401);
  });
});
