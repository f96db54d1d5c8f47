import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Database } from "@/db/client";
import { useDatabaseForTests } from "@/server/database";
import * as authRoute from "@/app/api/auth/[...nextauth]/route";
import { createUser } from "@/lib/users/manage-users";
import { SYSTEM_ACTOR } from "@/lib/context";
import { createTestDatabase } from "@/test/db";

let database: Database;
beforeAll(async () => {
  vi.stubEnv("AUTH_SECRET", "test-secret-test-secret-test-secret-0123");
  database = await createTestDatabase();
  useDatabaseForTests(database);
  await createUser({ db: database.db, actor: SYSTEM_ACTOR }, {
    email: "cookie@example.org", name: "Cookie", role: "contributor", password: "a long enough password",
  });
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await database.close();
});

const cookiesOf = (response: Response) => response.headers.getSetCookie();
const pair = (setCookie: string) => setCookie.split(";")[0]!;

/** Signs in through Auth.js's own endpoints (CSRF token, then the credentials callback) at the given origin. */
async function signIn(origin: string) {
  const csrf = await authRoute.GET(new NextRequest(`${origin}/api/auth/csrf`));
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const form = new URLSearchParams({ csrfToken, email: "cookie@example.org", password: "a long enough password" });
  const response = await authRoute.POST(new NextRequest(`${origin}/api/auth/callback/credentials`, {
    method: "POST",
    body: form,
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookiesOf(csrf).map(pair).join("; ") },
  }));
  return cookiesOf(response).find((c) => /authjs\.session-token=/.test(c));
}

describe("the session cookie", () => {
  it("is HttpOnly, SameSite=Lax, Secure and __Secure- prefixed behind https", async () => {
    const cookie = await signIn("https://nexus.example");
    expect(cookie).toMatch(/^__Secure-authjs\.session-token=/);
    expect(cookie).toMatch(/;\s*HttpOnly/i);
    expect(cookie).toMatch(/;\s*SameSite=Lax/i);
    expect(cookie).toMatch(/;\s*Secure/i);
  });

  it("is HttpOnly and SameSite=Lax over plain http too (local use), just not Secure", async () => {
    const cookie = await signIn("http://localhost:3000");
    expect(cookie).toMatch(/^authjs\.session-token=/);
    expect(cookie).toMatch(/;\s*HttpOnly/i);
    expect(cookie).toMatch(/;\s*SameSite=Lax/i);
    expect(cookie).not.toMatch(/;\s*Secure/i);
  });
});
