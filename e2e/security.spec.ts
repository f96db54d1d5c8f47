import { expect, test } from "@playwright/test";

test.skip(({ isMobile }) => isMobile, "runs once, on the desktop project");

test("every page carries a nonce-based CSP that Next's own scripts satisfy: no violation, the page still works", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load)/i.test(message.text())) violations.push(message.text());
  });
  for (const path of ["/", "/firms", "/search?q=chip", "/signin"]) {
    const response = await page.goto(path);
    const csp = response!.headers()["content-security-policy"] ?? "";
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce, `${path}: ${csp}`).toBeTruthy();
    expect(csp).toContain("'strict-dynamic'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response!.headers()["x-content-type-options"]).toBe("nosniff");
    expect(response!.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    // Every executable script of the page carries this response's nonce (the browser hides the attribute, not the property).
    const nonces = await page.evaluate(() =>
      [...document.querySelectorAll("script")].filter((s) => !s.type || s.type === "module" || s.type === "text/javascript").map((s) => s.nonce),
    );
    expect(nonces.length).toBeGreaterThan(0);
    expect(new Set(nonces)).toEqual(new Set([nonce]));
  }
  // Hydrated and interactive under the policy: the header box fetches suggestions (client code + connect-src).
  await page.goto("/");
  const box = page.getByRole("combobox", { name: /Search firms/ });
  await box.click();
  await box.pressSequentially("Lyansin", { delay: 20 });
  await expect(page.getByRole("listbox", { name: "Search suggestions" })).toBeVisible();
  expect(violations).toEqual([]);
});

test("a server action posted from another origin is refused: signing in through a forged Origin sets no session", async ({ page }) => {
  // The browser will not forge an Origin header, so replay the sign-in form's own server-action post
  // (its hidden $ACTION fields) with the request API, once from another origin and once from ours.
  await page.goto("/signin");
  const hidden = await page.locator('form input[type="hidden"]').evaluateAll((inputs) =>
    inputs.map((i) => [(i as HTMLInputElement).name, (i as HTMLInputElement).value] as const),
  );
  const form: Record<string, string> = Object.fromEntries(hidden);
  Object.assign(form, { email: "contributor@demo.nexus.example", password: "demo-password" });
  const origin = new URL(page.url()).origin;
  const post = (from: string) => page.request.post("/signin", { multipart: form, headers: { origin: from }, maxRedirects: 0 });

  const forged = await post("https://evil.example");
  expect(forged.status()).not.toBe(303);
  expect(forged.headers()["set-cookie"] ?? "").not.toContain("authjs.session-token");

  // The same post from our own origin signs in, so it was the origin that was refused.
  const genuine = await post(origin);
  expect(genuine.status()).toBe(303);
  expect(genuine.headers()["set-cookie"] ?? "").toContain("authjs.session-token");
});

test("API answers cannot be framed or sniffed, and a cross-origin write with the session cookie is refused", async ({ page }) => {
  const api = await page.request.get("/api/v1/entities");
  expect(api.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(api.headers()["x-content-type-options"]).toBe("nosniff");

  await page.goto("/signin");
  await page.getByLabel("Email").fill("journalist@demo.nexus.example");
  await page.getByLabel("Password").fill("demo-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("navigation", { name: "Workspace" })).toBeVisible();
  const forged = await page.request.post("/api/v1/sources", {
    data: { url: "https://csrf.example.org/e2e", title: "Planted" },
    headers: { origin: "https://evil.example" },
  });
  expect(forged.status()).toBe(403);
});
