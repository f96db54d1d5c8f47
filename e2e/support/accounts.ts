import { expect, type APIRequest, type APIRequestContext } from "@playwright/test";

/** The demo accounts the e2e server is seeded with (DEMO_PASSWORD in playwright.config.ts). */
export const DEMO = {
  contributor: "contributor@demo.nexus.example",
  journalist: "journalist@demo.nexus.example",
  reviewer: "reviewer@demo.nexus.example",
  lawyer: "lawyer@demo.nexus.example",
  admin: "admin@demo.nexus.example",
} as const;

/**
 * A request context signed in as `email` through Auth.js's own credentials endpoint
 * (CSRF token first, as a browser form would), holding the session cookie.
 */
export async function signedIn(request: APIRequest, baseURL: string, email: string): Promise<APIRequestContext> {
  const context = await request.newContext({ baseURL });
  const { csrfToken } = (await (await context.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await context.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password: "demo-password", callbackUrl: `${baseURL}/workspace` },
    maxRedirects: 0,
  });
  expect(response.status(), `signing in ${email}`).toBeLessThan(400);
  const session = (await (await context.get("/api/auth/session")).json()) as { user?: { email?: string } } | null;
  expect(session?.user?.email, `session of ${email}`).toBe(email);
  return context;
}
