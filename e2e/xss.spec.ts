import { expect, test, type Page } from "@playwright/test";

const PAYLOAD = `<img src=x onerror="window.__xss=1;alert(1)"><script>window.__xss=1;alert(1)</script>`;

async function signIn(page: Page, email: string) {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("demo-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("navigation", { name: "Workspace" })).toBeVisible();
}

test.skip(({ isMobile }) => isMobile, "runs once, on the desktop project");

test("hostile markup in a page body is refused by the API, and text that looks like HTML never runs", async ({ page, browser }) => {
  const dialogs: string[] = [];
  page.on("dialog", (d) => { dialogs.push(d.message()); void d.dismiss(); });
  await signIn(page, "contributor@demo.nexus.example");

  const hostileBodies = [
    { type: "doc", content: [{ type: "script", content: [{ type: "text", text: "alert(1)" }] }] },
    { type: "doc", content: [{ type: "paragraph", attrs: { onerror: "alert(1)" }, content: [{ type: "text", text: "x" }] }] },
    { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "click", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] }] }] },
    { type: "doc", content: [{ type: "image", attrs: { src: "x", onerror: "alert(1)" } }] },
    "<p>html is not a body</p>",
  ];
  for (const body of hostileBodies) {
    const response = await page.request.post("/api/v1/entities", { data: { kind: "firm", title: "Hostile body test", body } });
    expect(response.status(), JSON.stringify(body)).toBe(400);
    expect((await response.json()).error.code).toBe("invalid_input");
  }

  // Text that merely looks like HTML is stored as text and shown as text, everywhere.
  const created = await page.request.post("/api/v1/entities", {
    data: {
      kind: "firm", title: `XSS probe ${PAYLOAD}`, aliases: [{ name: PAYLOAD }],
      body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: PAYLOAD }] }] },
    },
  });
  expect(created.status()).toBe(201);
  const entity = await created.json();
  await page.request.post(`/api/v1/revisions/${entity.revision.id}/submit`);
  const claim = await page.request.post(`/api/v1/entities/${entity.slug}/claims`, {
    data: { statement: `Claim ${PAYLOAD}`, confidence: "alleged", citations: [{ source: { url: `https://xss.example.org/${Date.now()}?q=<script>`, title: `Source ${PAYLOAD}` }, quote: PAYLOAD, locator: PAYLOAD }] },
  });
  expect(claim.status()).toBe(201);
  const claimRevision = (await claim.json()).revision.id;
  await page.request.post(`/api/v1/revisions/${claimRevision}/submit`);

  // A reviewer publishes both, so the public pages show them too.
  const reviewerContext = await browser.newContext();
  const reviewer = await reviewerContext.newPage();
  reviewer.on("dialog", (d) => { dialogs.push(d.message()); void d.dismiss(); });
  await signIn(reviewer, "reviewer@demo.nexus.example");
  expect((await reviewer.request.post(`/api/v1/revisions/${entity.revision.id}/approve`)).status()).toBe(200);
  expect((await reviewer.request.post(`/api/v1/revisions/${claimRevision}/approve`)).status()).toBe(200);
  await reviewer.goto("/workspace/review");
  await reviewer.goto("/workspace/activity");

  for (const path of [`/firms/${entity.slug}`, "/firms", "/", `/workspace/entities/${entity.slug}`, `/workspace/entities/${entity.slug}/edit`, `/workspace/entities/${entity.slug}/history`]) {
    await page.goto(path);
    await expect(page.locator("body")).toContainText("XSS probe");
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  }
  await page.goto(`/firms/${entity.slug}`);
  await page.getByRole("link", { name: /Source \d+/ }).first().click();
  await expect(page.locator("body")).toContainText("Source <img");
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(dialogs).toEqual([]);
});
