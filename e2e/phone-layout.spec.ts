import { expect, test } from "@playwright/test";
import { DEMO, signedIn } from "./support/accounts";
import { ok } from "./support/api-fixtures";

test.skip(({ isMobile }) => !isMobile, "a phone-width check");

// A published firm whose title and alias are long strings without a space (pasted identifiers do this).
const LONG = "ZHONGXIN-DUAL-USE-COMPONENTS-HOLDING-GROUP-INTERNATIONAL-TRADING-LIMITED-BRANCH-0001";

test("long unbroken names never make a page wider than a phone's screen", async ({ page, playwright, baseURL }) => {
  const author = await signedIn(playwright.request, baseURL!, DEMO.journalist);
  const reviewer = await signedIn(playwright.request, baseURL!, DEMO.lawyer);
  const firm = await ok<{ slug: string; revision: { id: string } }>(await author.post("/api/v1/entities", {
    data: { kind: "firm", title: `${LONG}-${Date.now()}`, aliases: [{ name: `${LONG}${LONG}`, lang: "en" }], fields: { country: "CN" } },
  }), "create firm");
  await ok(await author.post(`/api/v1/revisions/${firm.revision.id}/submit`, { data: {} }), "submit");
  await ok(await reviewer.post(`/api/v1/revisions/${firm.revision.id}/approve`, { data: {} }), "approve");

  const width = page.viewportSize()!.width;
  for (const path of ["/", "/firms", `/firms/${firm.slug}`, "/graph", `/search?q=${LONG.slice(0, 20)}`]) {
    await page.goto(path);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `${path} is wider than the screen`).toBeLessThanOrEqual(width);
  }
});
