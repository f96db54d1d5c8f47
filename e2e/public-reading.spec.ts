import { expect, test } from "@playwright/test";

test("a reader goes from the home page to a firm, and from a footnote to its source", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("technologies");
  await expect(page.getByText("Fictional demo data.")).toBeVisible();

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Firms" }).click();
  await expect(page).toHaveURL(/\/firms$/);
  await expect(page.getByRole("heading", { level: 1, name: "Firms" })).toBeVisible();

  const firstFirm = page.getByRole("main").getByRole("listitem").first().getByRole("link");
  const firmName = (await firstFirm.textContent())!.trim();
  await firstFirm.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(firmName);
  await expect(page.getByRole("complementary", { name: "Facts" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Claims" })).toBeVisible();

  // The first footnote of the first claim leads to the source list, and from there to the source page.
  await page.getByRole("link", { name: "Source 1", exact: true }).click();
  const note = page.locator("#fn-1");
  await expect(note).toBeInViewport();
  const sourceLink = note.getByRole("link").nth(1);
  const sourceTitle = (await sourceLink.textContent())!.trim();
  await sourceLink.click();
  await expect(page).toHaveURL(/\/sources\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(sourceTitle);
  await expect(page.getByRole("heading", { name: /Claims citing this source/ })).toBeVisible();
  await expect(page.getByRole("link", { name: firmName }).first()).toBeVisible();
});

test("an unknown page is a 404 page, not an error", async ({ page }) => {
  for (const path of ["/firms/no-such-firm", "/sources/00000000-0000-4000-8000-000000000000", "/sources/not-a-uuid", "/nowhere"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  }
});

test("pending and draft work is not on the public site", async ({ page }) => {
  // Demo firms in review: their pages do not exist publicly, nor in the list.
  await page.goto("/firms");
  const names = await page.getByRole("main").getByRole("listitem").allTextContents();
  expect(names.join(" ")).not.toMatch(/Silverpeak|Ararat Techimport|Haoyun/i);
});
