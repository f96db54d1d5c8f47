import { expect, test } from "@playwright/test";

const LIANXIN = "Shenzhen Lianxin Microelectronics Trading Co., Ltd.";

test("a reader finds a firm from the header box with the keyboard alone", async ({ page }) => {
  await page.goto("/");
  const box = page.getByRole("combobox", { name: /Search firms/ });
  await box.click();
  await box.pressSequentially("Lyansin", { delay: 20 });
  const list = page.getByRole("listbox", { name: "Search suggestions" });
  await expect(list).toBeVisible();
  await expect(list.getByRole("group", { name: "Firms" }).getByRole("option", { name: new RegExp(LIANXIN.slice(0, 20)) })).toBeVisible();

  await box.press("ArrowDown");
  const activeId = await box.getAttribute("aria-activedescendant");
  expect(activeId).toBeTruthy();
  await expect(page.locator(`[id="${activeId}"]`)).toHaveAttribute("aria-selected", "true");
  await box.press("Enter");
  await expect(page).toHaveURL(/\/firms\/shenzhen-lianxin/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(LIANXIN);
});

test("Escape closes the suggestions, then clears the box", async ({ page }) => {
  await page.goto("/");
  const box = page.getByRole("combobox", { name: /Search firms/ });
  await box.fill("Ляньсинь");
  await expect(page.getByRole("option", { name: new RegExp(LIANXIN.slice(0, 20)) })).toBeVisible();
  await expect(box).toHaveAttribute("aria-expanded", "true");
  await box.press("Escape");
  await expect(box).toHaveAttribute("aria-expanded", "false");
  await expect(page.getByRole("listbox", { name: "Search suggestions" })).toBeHidden();
  await box.press("Escape");
  await expect(box).toHaveValue("");
});

test("Enter opens the full results page, with filters, highlighted snippets and paging", async ({ page }) => {
  await page.goto("/");
  const box = page.getByRole("combobox", { name: /Search firms/ });
  await box.fill("Khorgos");
  await box.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=Khorgos$/);
  await expect(page.getByRole("heading", { level: 1, name: "Search" })).toBeVisible();
  const results = page.getByRole("region", { name: /results for/ });
  await expect(results.locator("mark").first()).toHaveText(/Khorgos/i);

  await page.getByRole("navigation", { name: "Filter by kind" }).getByRole("link", { name: /Firms/ }).click();
  await expect(page).toHaveURL(/kind=firm/);
  await expect(page.getByRole("navigation", { name: "Filter by kind" }).getByRole("link", { name: /Firms/ })).toHaveAttribute("aria-current", "true");
  const kinds = await results.getByRole("listitem").locator("span.uppercase").allTextContents();
  expect(kinds.length).toBeGreaterThan(0);
  expect(kinds.every((k) => k.toLowerCase() === "firm")).toBe(true);

  await page.goto("/search?q=Russia");
  await page.getByRole("navigation", { name: "Result pages" }).getByRole("link", { name: "Next →" }).click();
  await expect(page).toHaveURL(/offset=20/);
  await expect(page.getByRole("navigation", { name: "Result pages" }).getByRole("link", { name: "← Previous" })).toBeVisible();
});

test("a Chinese name is found by two of its characters, and drafts are not found at all", async ({ page }) => {
  await page.goto(`/search?q=${encodeURIComponent("联芯")}`);
  await expect(page.getByRole("link", { name: LIANXIN })).toBeVisible();

  await page.goto("/search?q=Haoyun");
  await expect(page.getByRole("heading", { name: /No results for/ })).toBeVisible();
});
