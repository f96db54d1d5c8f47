import { expect, type Browser, type Page } from "@playwright/test";

/** A browser context signed in through the sign-in page, as a person would. */
export async function signedInPage(browser: Browser, email: string, baseURL?: string): Promise<Page> {
  const context = await browser.newContext(baseURL ? { baseURL } : {});
  const page = await context.newPage();
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("demo-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("navigation", { name: "Workspace" })).toBeVisible();
  return page;
}

/** Opens a page's live editor and waits until the shared draft is loaded. */
export async function openLiveEditor(page: Page, slug: string): Promise<void> {
  await page.goto(`/workspace/entities/${slug}/edit`);
  await expect(connection(page)).toHaveAttribute("data-connection", "live");
  await expect(connection(page)).toHaveAttribute("data-synced", "true");
}

export const connection = (page: Page) => page.locator("[data-connection]");
export const body = (page: Page) => page.getByRole("textbox", { name: "Body" });

/** Waits until the server has acknowledged everything this editor typed. */
export async function allSaved(page: Page): Promise<void> {
  await expect(connection(page)).toHaveAttribute("data-unsaved", "0");
  await expect(connection(page)).toContainText("all changes saved");
}

/** Puts the caret at the end of the body's last paragraph. */
export async function caretAtEnd(page: Page): Promise<void> {
  await body(page).click();
  await page.keyboard.press("Control+End");
}

/** The slug of the first technology page in the workspace list. */
export async function someTechnology(page: Page, index = 0): Promise<string> {
  await page.goto("/workspace/entities?kind=technology");
  const link = page.getByRole("main").getByRole("listitem").nth(index).getByRole("link");
  return (await link.getAttribute("href"))!.split("/").pop()!;
}
