import { expect, test } from "@playwright/test";

const FIRM = "Brightwave Components (HK) Limited";

test("a reader opens a firm, follows a footnote to its source, opens the graph and clicks through to a route", async ({ page }) => {
  await page.goto("/firms");
  await page.getByRole("main").getByRole("link", { name: FIRM }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(FIRM);

  // Claims grouped by relation, each with its confidence; connections; the review facts; a way to cite.
  await expect(page.getByRole("heading", { name: /^Supplies/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Connections" })).toBeVisible();
  await expect(page.getByText(/Last reviewed .* reviewers?/).first()).toBeVisible();
  await page.getByText("Cite this page").click();
  await expect(page.getByRole("link", { name: /\?revision=[0-9a-f-]{36}$/ })).toBeVisible();

  // The first footnote leads to the source list, and from there to the source page.
  await page.getByRole("link", { name: "Source 1", exact: true }).click();
  const note = page.locator("#fn-1");
  await expect(note).toBeInViewport();
  const sourceLink = note.getByRole("link").nth(1);
  const sourceTitle = (await sourceLink.textContent())!.trim();
  await sourceLink.click();
  await expect(page).toHaveURL(/\/sources\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(sourceTitle);
  await expect(page.getByRole("link", { name: FIRM }).first()).toBeVisible();

  // The graph: the picture (sigma draws on a canvas) and, beside it, the same entities as links.
  await page.getByRole("navigation", { name: "Footer" }).getByRole("link", { name: "Relationship graph" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Relationship graph" })).toBeVisible();
  await expect(page.getByRole("img", { name: /^Relationship graph: \d+ entities and \d+ links/ })).toBeVisible();

  await page.getByLabel("Kind").selectOption("route");
  await expect(page).toHaveURL(/\/graph\?kind=route$/);
  const entities = page.getByRole("region", { name: /Entities in the graph/ });
  await expect(entities.getByText("firm", { exact: true })).toHaveCount(0);
  const route = entities.getByRole("listitem").first().getByRole("link");
  const routeTitle = (await route.textContent())!.trim();
  await route.click();
  await expect(page).toHaveURL(/\/routes\/[a-z0-9-]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(routeTitle);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the graph page still lists entities and links, and filters with a plain form", async ({ page }) => {
    const response = await page.goto("/graph");
    // Playwright turns scripts off but Chromium's parser still treats <noscript> as raw text, so read the HTML for it.
    expect(await response!.text()).toContain("<noscript><p");
    await page.getByLabel("Kind").selectOption("route");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/\/graph\?kind=route/);
    const entities = page.getByRole("region", { name: /Entities in the graph/ });
    await expect(entities.getByRole("listitem").first()).toBeVisible();
    await entities.getByRole("listitem").first().getByRole("link").click();
    await expect(page).toHaveURL(/\/routes\/[a-z0-9-]+$/);
  });
});

test("machines find the public edition: robots.txt, sitemap, canonical links, JSON-LD and the open data", async ({ page, request }) => {
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toMatch(/Disallow: \/workspace/);
  expect(robots).toMatch(/Disallow: \/api\//);
  expect(robots).toMatch(/Sitemap: http.*\/sitemap\.xml/);

  const sitemap = await (await request.get("/sitemap.xml")).text();
  expect(sitemap).toMatch(/<loc>http[^<]*\/firms\/brightwave-components-hk[^<]*<\/loc>/);

  await page.goto("/firms");
  await page.getByRole("main").getByRole("link", { name: FIRM }).click();
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/firms\/[a-z0-9-]+$/);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", new RegExp(FIRM.replace(/[()]/g, "\\$&")));
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as { "@type": string; about: { "@type": string } };
  expect(jsonLd["@type"]).toBe("Article");
  expect(jsonLd.about["@type"]).toBe("Organization");

  const csv = await request.get("/api/v1/export/claims.csv");
  expect(csv.status()).toBe(200);
  expect((await csv.text()).startsWith("claim_id,claim_revision_id,")).toBe(true);
  const ftm = await request.get("/api/v1/export/entities.ftm.json");
  const first = JSON.parse((await ftm.text()).split("\n")[0]!) as { id: string; schema: string; properties: Record<string, string[]> };
  expect(first.schema).toBeTruthy();
  expect(Array.isArray(Object.values(first.properties)[0])).toBe(true);
});
