import { expect, test, type Browser, type Page } from "@playwright/test";

const PASSWORD = "demo-password";

async function signedInPage(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("navigation", { name: "Workspace" })).toBeVisible();
  return page;
}

test.skip(({ isMobile }) => isMobile, "editing journeys run once, on the desktop project");

test("two people edit one page in the form at once: the second save merges what only one changed, asking nothing; nothing is lost", async ({ browser }) => {
  const alice = await signedInPage(browser, "contributor@demo.nexus.example");
  const bob = await signedInPage(browser, "journalist@demo.nexus.example");

  // Both open the form editor (no live sync) of the same technology page.
  await alice.goto("/workspace/entities?kind=technology");
  const link = alice.getByRole("main").getByRole("listitem").first().getByRole("link");
  const slug = (await link.getAttribute("href"))!.split("/").pop()!;
  await alice.goto(`/workspace/entities/${slug}/edit?mode=form`);
  await bob.goto(`/workspace/entities/${slug}/edit?mode=form`);
  await expect(alice.getByLabel("Title")).not.toHaveValue("");
  await expect(bob.getByLabel("Title")).not.toHaveValue("");
  const original = await alice.getByLabel("Title").inputValue();

  // Alice renames the page and saves first.
  await alice.getByLabel("Title").fill(`${original} (renamed)`);
  await alice.getByLabel("Edit summary").fill("Alice: clearer name");
  await alice.getByRole("button", { name: "Save draft" }).click();
  await expect(alice).toHaveURL(new RegExp(`/workspace/entities/${slug}$`));

  // Bob, still on the old revision, changes the category and writes in the body: other parts than Alice's.
  await bob.getByLabel("Category").fill("Bob's category");
  await bob.getByRole("textbox", { name: "Body" }).click();
  await bob.keyboard.press("Control+End");
  await bob.keyboard.type(" Bob added this sentence.");
  await bob.getByLabel("Edit summary").fill("Bob: category and a sentence");
  await bob.getByRole("button", { name: "Save draft" }).click();
  // Merged with Alice's revision and saved without a question.
  await expect(bob).toHaveURL(new RegExp(`/workspace/entities/${slug}$`));

  // History shows both revisions in order, and the page holds both people's work.
  await bob.getByRole("link", { name: "History" }).click();
  const rows = bob.getByRole("row");
  await expect(rows.nth(1)).toContainText("Bob: category and a sentence");
  await expect(rows.nth(2)).toContainText("Alice: clearer name");
  await bob.goto(`/workspace/entities/${slug}/edit?mode=form`);
  await expect(bob.getByLabel("Title")).toHaveValue(`${original} (renamed)`);
  await expect(bob.getByLabel("Category")).toHaveValue("Bob's category");
  await expect(bob.getByRole("textbox", { name: "Body" })).toContainText("Bob added this sentence.");
});

test("both change the same paragraph in the form: the second is asked about that paragraph only, and can keep both texts", async ({ browser }) => {
  const alice = await signedInPage(browser, "contributor@demo.nexus.example");
  const bob = await signedInPage(browser, "journalist@demo.nexus.example");
  await alice.goto("/workspace/entities?kind=technology");
  const link = alice.getByRole("main").getByRole("listitem").nth(3).getByRole("link");
  const slug = (await link.getAttribute("href"))!.split("/").pop()!;
  await alice.goto(`/workspace/entities/${slug}/edit?mode=form`);
  await bob.goto(`/workspace/entities/${slug}/edit?mode=form`);
  await expect(bob.getByLabel("Title")).not.toHaveValue("");

  for (const [page, words] of [[alice, " Alice's ending."], [bob, " Bob's ending."]] as const) {
    await page.getByRole("textbox", { name: "Body" }).click();
    await page.keyboard.press("Control+End");
    await page.keyboard.type(words);
  }
  await alice.getByRole("button", { name: "Save draft" }).click();
  await expect(alice).toHaveURL(new RegExp(`/workspace/entities/${slug}$`));
  await bob.getByLabel("Edit summary").fill("Bob: same paragraph");
  await bob.getByRole("button", { name: "Save draft" }).click();

  const conflict = bob.getByRole("region", { name: "Someone saved this page while you were editing" });
  await expect(conflict).toBeVisible();
  // Only the paragraph is asked about: the title and facts merged by themselves.
  await expect(conflict.getByRole("group")).toHaveCount(1);
  await expect(conflict.getByText("Alice's ending.").first()).toBeVisible();
  await expect(conflict.getByText("Bob's ending.").first()).toBeVisible();
  await expect(conflict.getByRole("radio", { name: /Keep both/ })).toBeChecked();
  await conflict.getByRole("button", { name: "Carry my changes onto the newest version" }).click();
  await expect(bob.getByRole("textbox", { name: "Body" })).toContainText("Alice's ending.");
  await expect(bob.getByRole("textbox", { name: "Body" })).toContainText("Bob's ending.");
  await bob.getByRole("button", { name: "Save draft" }).click();
  await expect(bob).toHaveURL(new RegExp(`/workspace/entities/${slug}$`));
  const latest = await (await bob.request.get(`/api/v1/entities/${slug}?view=latest`)).json();
  expect(JSON.stringify(latest.body)).toContain("Alice's ending.");
  expect(JSON.stringify(latest.body)).toContain("Bob's ending.");
});

test("unsaved work survives a reload", async ({ browser }) => {
  const page = await signedInPage(browser, "contributor@demo.nexus.example");
  await page.goto("/workspace/entities/new?kind=firm");
  await page.getByLabel("Title").fill("Reload Survivor Trading");
  // The autosave waits 400 ms after the last key: wait until the work is in localStorage, not for a guess at the clock.
  await page.waitForFunction(
    (title) => Object.keys(localStorage).some((k) => k.startsWith("nexus-draft:") && (localStorage.getItem(k) ?? "").includes(title)),
    "Reload Survivor Trading",
  );
  await page.reload();
  await page.getByRole("button", { name: "Restore them" }).click();
  await expect(page.getByLabel("Title")).toHaveValue("Reload Survivor Trading");
});

test("a contributor creates a firm with Cyrillic and Chinese aliases, cited body and a sourced claim, and submits it all", async ({ browser }) => {
  const page = await signedInPage(browser, "contributor@demo.nexus.example");
  const name = `Polar Lantern Electronics ${Date.now()}`;
  await page.goto("/workspace/entities/new?kind=firm");
  await page.getByLabel("Title").fill(name);
  await page.getByRole("button", { name: "Add an alias" }).click();
  await page.getByLabel("Name").nth(0).fill("ООО «Полярный Фонарь»");
  await page.getByLabel("Language").nth(0).selectOption("ru");
  await page.getByRole("button", { name: "Add an alias" }).click();
  await page.getByLabel("Name").nth(1).fill("极地灯笼电子有限公司");
  await page.getByLabel("Language").nth(1).selectOption("zh-Hans");
  await page.getByLabel("Country of incorporation").selectOption("HK");
  await page.getByRole("checkbox", { name: "intermediary" }).check();

  const body = page.getByRole("textbox", { name: "Body" });
  await body.click();
  await page.keyboard.type("Demo data: fictional. Registered in Kowloon in 2022.");
  await page.getByRole("button", { name: "Insert citation" }).click();
  await page.getByLabel("Cite a claim of this page or a source").selectOption({ index: 1 });
  await page.keyboard.type(" Ships through Almaty.");
  await page.getByRole("button", { name: "Insert citation" }).click();
  await page.getByLabel("Cite a claim of this page or a source").selectOption({ index: 2 });
  await page.getByRole("button", { name: "Save and submit for review" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(page.locator("header").getByText("pending")).toBeVisible();

  await page.getByRole("button", { name: "Add a claim" }).click();
  await page.getByLabel("Statement").fill(`${name} resold FPGAs to Russian buyers in 2023.`);
  await page.getByLabel("Relation").selectOption("deals_in");
  await page.getByRole("combobox", { name: "Linked page" }).fill("fpga");
  await page.getByRole("option", { name: /FPGAs and other integrated circuits/ }).click();
  await page.getByLabel("Source URL").fill(`https://registry.example.org/e2e/${Date.now()}`);
  await page.getByLabel("Source title").fill("E2E trade registry extract");
  await page.getByLabel("Exact quote").fill("FPGA, 40 pcs");
  await page.getByRole("button", { name: "Save and submit for review" }).click();
  const claim = page.getByRole("listitem").filter({ hasText: "resold FPGAs" });
  await expect(claim.getByText("pending")).toBeVisible();
  await expect(claim.getByRole("link", { name: "FPGAs and other integrated circuits" })).toBeVisible();

  // The reviewer sees both in the queue.
  const reviewer = await signedInPage(browser, "reviewer@demo.nexus.example");
  await reviewer.getByRole("link", { name: "Review queue" }).click();
  await expect(reviewer.getByRole("listitem").filter({ hasText: name }).first()).toBeVisible();
  await expect(reviewer.getByRole("listitem").filter({ hasText: "resold FPGAs" })).toBeVisible();
  // The body kept its two citations.
  const page2 = await reviewer.context().newPage();
  const api = await page2.request.get(`/api/v1/entities/${new URL(page.url()).pathname.split("/").pop()}?view=latest`);
  const entity = await api.json();
  expect(JSON.stringify(entity.body).match(/"type":"citation"/g)).toHaveLength(2);
  expect(entity.aliases.map((a: { name: string }) => a.name)).toEqual(["ООО «Полярный Фонарь»", "极地灯笼电子有限公司"]);
});

test("a correction to a source's details goes through review before readers see it", async ({ browser, request }) => {
  // A source readers can see: cited by a published claim of a published page.
  const list = await (await request.get("/api/v1/entities?kind=firm&limit=50")).json();
  let sourceId: string | undefined;
  for (const item of list.items as Array<{ slug: string }>) {
    const entity = await (await request.get(`/api/v1/entities/${item.slug}`)).json();
    sourceId = entity.claims.flatMap((c: { citations: Array<{ source: { id: string } }> }) => c.citations)[0]?.source.id;
    if (sourceId) break;
  }
  expect(sourceId).toBeTruthy();
  const reader = await browser.newPage();
  await reader.goto(`/sources/${sourceId}`);
  const original = (await reader.getByRole("heading", { level: 1 }).textContent())!.trim();
  const corrected = `${original} (full title)`;

  const contributor = await signedInPage(browser, "journalist@demo.nexus.example");
  await contributor.goto(`/workspace/sources/${sourceId}`);
  await contributor.getByText("Propose a correction").click();
  await contributor.getByLabel("Title").fill(corrected);
  await contributor.getByLabel("Reliability").selectOption("B");
  await contributor.getByLabel(/What changed and why/).fill("Title as printed on the report");
  await contributor.getByRole("button", { name: "Save and submit for review" }).click();
  await expect(contributor.getByText(/is waiting for review/).first()).toBeVisible();
  await expect(contributor.getByRole("listitem").filter({ hasText: "Title as printed on the report" }).getByText("pending")).toBeVisible();

  // Pending: readers still see the approved title.
  await reader.reload();
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(original);

  const reviewer = await signedInPage(browser, "reviewer@demo.nexus.example");
  await reviewer.getByRole("link", { name: "Review queue" }).click();
  const item = reviewer.getByRole("listitem").filter({ hasText: "Title as printed on the report" });
  await item.getByRole("button", { expanded: false }).click();
  await expect(item.getByText(corrected)).toBeVisible();
  await item.getByRole("button", { name: "Approve and publish" }).click();
  await expect(reviewer.getByRole("listitem").filter({ hasText: "Title as printed on the report" })).toHaveCount(0);

  await expect(async () => {
    await reader.reload();
    await expect(reader.getByRole("heading", { level: 1 })).toHaveText(corrected, { timeout: 1_000 });
  }).toPass({ timeout: 10_000 });
});
