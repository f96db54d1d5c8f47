import { expect, test, type Page } from "@playwright/test";

const PASSWORD = "demo-password";
const CONTRIBUTOR = "contributor@demo.nexus.example";
const REVIEWER = "reviewer@demo.nexus.example";

async function signIn(page: Page, email: string) {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("navigation", { name: "Workspace" })).toBeVisible();
}

async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/$/);
}

// One journey, desktop only: it changes shared state.
test.skip(({ browserName, isMobile }) => isMobile || browserName !== "chromium");

test("a claim goes from a contributor's draft through changes requested to publication", async ({ page }) => {
  const statement = `E2E: Altai Trade shipped 120 reels of capacitors through Almaty (${Date.now()}).`;
  const revised = statement.replace("120 reels", "140 reels");

  // A contributor adds a claim with a citation and submits it.
  await signIn(page, CONTRIBUTOR);
  await page.getByRole("link", { name: "Pages" }).click();
  await page.getByRole("link", { name: "firm", exact: true }).click();
  const firmLink = page.getByRole("main").getByRole("listitem").filter({ hasText: "approved" }).first().getByRole("link");
  const firmName = (await firmLink.textContent())!.trim();
  await firmLink.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(firmName);
  const firmUrl = page.url();

  await page.getByRole("button", { name: "Add a claim" }).click();
  await page.getByLabel("Statement").fill(statement);
  await page.getByLabel("Confidence").selectOption("probable");
  await page.getByLabel("Source URL").fill(`https://news.example.org/e2e/${Date.now()}`);
  await page.getByLabel("Source title").fill("E2E customs report");
  await page.getByLabel("Exact quote").fill("120 reels of MLCCs");
  await page.getByLabel("Locator").fill("p. 3");
  await page.getByRole("button", { name: "Save and submit for review" }).click();
  const claim = page.getByRole("listitem").filter({ hasText: statement });
  await expect(claim.getByText("pending")).toBeVisible();
  await signOut(page);

  // A reviewer finds it in the queue and requests changes.
  await signIn(page, REVIEWER);
  await page.getByRole("link", { name: "Review queue" }).click();
  const item = page.getByRole("listitem").filter({ hasText: statement });
  await item.getByRole("button", { expanded: false }).click();
  await expect(item.getByRole("link", { name: "E2E customs report" })).toBeVisible();
  await item.getByLabel("Comment for the author").fill("The report says 140 reels, not 120.");
  await item.getByRole("button", { name: "Request changes" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: statement })).toHaveCount(0);
  await signOut(page);

  // The contributor sees the comment, revises and resubmits.
  await signIn(page, CONTRIBUTOR);
  await expect(page.getByText("The report says 140 reels, not 120.")).toBeVisible();
  await page.goto(firmUrl);
  const sentBack = page.getByRole("listitem").filter({ hasText: statement });
  await expect(sentBack.getByText("changes requested")).toBeVisible();
  await sentBack.getByRole("button", { name: "Revise" }).click();
  await page.getByLabel("Statement").fill(revised);
  await page.getByLabel("Edit summary").fill("Corrected the count");
  await page.getByRole("button", { name: "Save and submit for review" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: revised }).getByText("pending")).toBeVisible();
  await signOut(page);

  // The reviewer approves.
  await signIn(page, REVIEWER);
  await page.getByRole("link", { name: "Review queue" }).click();
  const again = page.getByRole("listitem").filter({ hasText: revised });
  await again.getByRole("button", { expanded: false }).click();
  await expect(again.getByText("Corrected the count")).toBeVisible();
  await again.getByRole("button", { name: "Approve and publish" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: revised })).toHaveCount(0);
  await signOut(page);

  // A signed-out reader now sees the claim with its citation.
  await page.goto("/firms");
  await page.getByRole("link", { name: firmName }).click();
  const published = page.getByRole("listitem").filter({ hasText: revised });
  await expect(published).toBeVisible();
  await expect(page.getByText(statement)).toHaveCount(0);
  await published.getByRole("link", { name: /Source \d+/ }).click();
  await expect(page.getByRole("link", { name: "E2E customs report" })).toBeVisible();
});

test("a wrong password is refused with a clear message", async ({ page }) => {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(CONTRIBUTOR);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Wrong email or password.")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue(CONTRIBUTOR);
});

test("the workspace asks a signed-out visitor to sign in", async ({ page }) => {
  await page.goto("/workspace/review");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fworkspace%2Freview/);
});
