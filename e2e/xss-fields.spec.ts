import { expect, test, type APIRequestContext } from "@playwright/test";
import { DEMO, signedIn } from "./support/accounts";
import { ok } from "./support/api-fixtures";
import { inspect, openAndCheck, watch } from "./support/xss-check";
import { MEDIUM_PAYLOADS, SHORT_PAYLOADS, XSS_PAYLOADS as P, XSS_URLS } from "./support/xss-payloads";

/**
 * Every user-controlled text field, filled with known XSS payloads through the API, then every
 * page that shows it opened in Chromium (public and workspace), and the exports downloaded.
 * Fields: titles, aliases, registration values, sanctions (programme, authority, reference),
 * website, transit hubs, export-control references, category, body text and link attributes,
 * body citation locators, edit summaries, claim statements, value units, quotes, locators,
 * source titles, publishers, authors, URLs and archive URLs, review comments.
 */
test.skip(({ isMobile }) => isMobile, "runs once, on the desktop project");
test.describe.configure({ mode: "serial" });

type Created = { id: string; slug: string; revision: { id: string } };
const at = (i: number) => P[i % P.length]!;

let contributor: APIRequestContext, reviewer: APIRequestContext;
const made = { firm: "", route: "", technology: "", firmRevision: "", objectSlug: "", sourceIds: [] as string[], changedClaimId: "" };

async function publish(revisionId: string) {
  await ok(await contributor.post(`/api/v1/revisions/${revisionId}/submit`, { data: {} }), "submit");
  await ok(await reviewer.post(`/api/v1/revisions/${revisionId}/approve`, { data: {} }), "approve");
}
const create = async (path: string, data: unknown) => ok<Created>(await contributor.post(`/api/v1${path}`, { data }), `POST ${path}`);

test.beforeAll(async ({ playwright, baseURL }) => {
  test.setTimeout(300_000);
  contributor = await signedIn(playwright.request, baseURL!, DEMO.contributor);
  reviewer = await signedIn(playwright.request, baseURL!, DEMO.reviewer);
  const run = Date.now().toString(36);
  const url = (i: number) => XSS_URLS[i % XSS_URLS.length]!.replace("xss.example.org/", `xss.example.org/${run}-${i}/`);

  // One firm per payload: their titles show on the main firm's claims, the lists, search and the graph.
  const objects: Created[] = [];
  for (const [i, payload] of P.entries()) {
    const object = await create("/entities", { kind: "firm", title: `XSS obj ${i} ${payload}`, fields: { country: "CN" } });
    await publish(object.revision.id);
    objects.push(object);
  }
  made.objectSlug = objects[0]!.slug;
  const source = await ok<{ id: string }>(await contributor.post("/api/v1/sources", {
    data: { url: url(99), title: at(0), publisher: at(1), author: at(2), archiveUrl: url(98), type: "news", reliability: "C" },
  }), "source");

  const link = (i: number) => ({ type: "link", attrs: { href: url(i), title: at(i), target: at(i + 1), rel: at(i + 2), class: at(i + 3) } });
  const body = {
    type: "doc",
    content: [
      { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: at(3) }] },
      ...P.map((payload, i) => ({ type: "paragraph", content: [
        { type: "text", text: payload },
        { type: "text", text: ` link ${i}`, marks: [link(i)] },
        { type: "text", text: ` ${payload}`, marks: [{ type: "code" }] },
      ] })),
      { type: "paragraph", content: [{ type: "text", text: "cited" }, { type: "citation", attrs: { sourceId: source.id, locator: at(4) } }] },
    ],
  };
  const firm = await create("/entities", {
    kind: "firm", title: `XSS firm ${run} ${at(1)}`, summary: at(2), body,
    aliases: P.map((name, i) => ({ name, lang: i % 2 ? "ru" : "en" })),
    fields: {
      country: "CN", roles: ["intermediary"], website: url(0),
      registrations: MEDIUM_PAYLOADS.map((value) => ({ scheme: "other", value })),
      sanctions: P.map((payload, i) => ({ program: payload, authority: at(i + 1), reference: at(i + 2), date: "2024-05-03" })),
    },
  });
  await publish(firm.revision.id);
  made.firm = firm.slug;
  made.firmRevision = firm.revision.id;
  const route = await create("/entities", {
    kind: "route", title: `XSS route ${run} ${at(3)}`,
    fields: { origin: "CN", destination: "RU", modes: ["rail"], transit: P.map((hub) => ({ country: "KZ", hub })) },
  });
  await publish(route.revision.id);
  made.route = route.slug;
  const technology = await create("/entities", {
    kind: "technology", title: `XSS technology ${run} ${at(4)}`,
    fields: { hsCodes: ["854231"], category: at(5), controls: MEDIUM_PAYLOADS.map((reference) => ({ regime: "other", reference })) },
  });
  await publish(technology.revision.id);
  made.technology = technology.slug;

  // One published claim per payload, each with its own source, linking its object firm.
  for (const [i, payload] of P.entries()) {
    const claim = await create(`/entities/${firm.slug}/claims`, {
      statement: `${payload} supplies`, predicate: "supplies", objectSlug: objects[i]!.slug, confidence: "alleged",
      value: { quantity: i + 1, unit: SHORT_PAYLOADS[i % SHORT_PAYLOADS.length] },
      citations: [{
        source: { url: url(i), title: payload, publisher: at(i + 1), author: at(i + 2), archiveUrl: url(i + 50), type: "news", reliability: "C" },
        quote: payload, locator: at(i + 3),
      }],
    });
    await publish(claim.revision.id);
  }
  for (const slug of [route.slug, technology.slug]) {
    const claim = await create(`/entities/${slug}/claims`, { statement: `${at(6)} via`, predicate: "other", objectSlug: firm.slug, confidence: "probable", citations: [{ sourceId: source.id, quote: at(7), locator: at(8) }] });
    await publish(claim.revision.id);
  }
  made.sourceIds = [source.id];

  // Pending work for the queue, history and diff: a second firm revision, and a claim sent back with a comment.
  const second = await ok<{ id: string }>(await contributor.post(`/api/v1/entities/${firm.slug}/revisions`, {
    data: { baseRevisionId: firm.revision.id, title: `XSS firm ${run} renamed ${at(9)}`, summary: at(10), aliases: [{ name: at(11) }], fields: { country: "RU", website: url(1), sanctions: [{ program: at(12) }] } },
  }), "second revision");
  await ok(await contributor.post(`/api/v1/revisions/${second.id}/submit`, { data: {} }), "submit");
  const changed = await create(`/entities/${firm.slug}/claims`, { statement: `${at(13)} pending`, confidence: "disputed", citations: [{ sourceId: source.id, quote: at(14), locator: at(15) }] });
  await ok(await contributor.post(`/api/v1/revisions/${changed.revision.id}/submit`, { data: {} }), "submit");
  await ok(await reviewer.post(`/api/v1/revisions/${changed.revision.id}/request-changes`, { data: { comment: at(16) } }), "request changes");
  made.changedClaimId = changed.id;
  const pending = await create(`/entities/${firm.slug}/claims`, { statement: `${at(0)} in the queue`, confidence: "alleged", citations: [{ sourceId: source.id, quote: at(1) }] });
  await ok(await contributor.post(`/api/v1/revisions/${pending.revision.id}/submit`, { data: {} }), "submit");
});
test.afterAll(async () => {
  await contributor?.dispose();
  await reviewer?.dispose();
});

test("the detectors notice an injected payload (so the checks below can fail)", async ({ page }) => {
  const events = watch(page);
  // A page as it would be if a field were injected raw, served without our CSP.
  await page.route("**/xss-self-test", (route) => route.fulfill({
    contentType: "text/html",
    body: `<html><body><p>${P[0]}</p>${P[1]}<a href="javascript:void 0">x</a><iframe srcdoc="x"></iframe></body></html>`,
  }));
  const found = await inspect(page, "/xss-self-test");
  expect(found.marker).toBe(1);
  expect(found.handlers).toContain("IMG[onerror]");
  expect(found.scriptUrls).toContain("javascript:void 0");
  expect(found.foreignScripts.length).toBeGreaterThan(0);
  expect(found.frames).toBe(1);
  expect(events.dialogs.length).toBeGreaterThan(0);
});

test("the public pages show every payload as text and run none", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  const events = watch(page);
  const pages: [string, number][] = [
    [`/firms/${made.firm}`, P.length], [`/r/${made.firmRevision}`, P.length], [`/routes/${made.route}`, 1], [`/technologies/${made.technology}`, 1],
    [`/firms/${made.objectSlug}`, 1], ["/firms", 1], ["/routes", 1], ["/technologies", 1], ["/", 0],
    [`/sources/${made.sourceIds[0]}`, 3], ["/search?q=XSS", 1], ["/search?q=script", 1], ["/graph", 0],
  ];
  for (const [path, min] of pages) expect.soft(await openAndCheck(page, events, path), `${path}: payloads shown as text`).toBeGreaterThanOrEqual(min);
  // Cite this page: the citation text and BibTeX hold the title.
  await page.goto(`/firms/${made.firm}`);
  await page.getByText("Cite this page").click();
  await expect(page.locator("details pre")).toContainText("XSS firm");
  await context.close();
});

test("the workspace pages show every payload as text, in inputs too, and run none", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, storageState: await reviewer.storageState() });
  const page = await context.newPage();
  const events = watch(page);
  const pages: [string, number][] = [
    ["/workspace", 0], [`/workspace/entities?after=${Buffer.from("xss").toString("base64url")}`, 1], [`/workspace/entities/${made.firm}`, P.length], [`/workspace/entities/${made.firm}/edit`, P.length],
    [`/workspace/entities/${made.firm}/history`, 3], [`/workspace/entities/${made.route}`, 1], [`/workspace/entities/${made.route}/edit`, 1],
    [`/workspace/entities/${made.technology}`, 1], [`/workspace/entities/${made.technology}/edit`, 1], [`/workspace/claims/${made.changedClaimId}/history`, 1],
    ["/workspace/review", 1], ["/workspace/activity", 0], ["/workspace/sources", 1], [`/workspace/sources/${made.sourceIds[0]}`, 3],
    ["/search?q=XSS&scope=workspace", 1],
  ];
  for (const [path, min] of pages) expect.soft(await openAndCheck(page, events, path), `${path}: payloads shown as text`).toBeGreaterThanOrEqual(min);
  await context.close();
});

test("the exports are downloads, never documents, and carry the payloads as data", async ({ browser, baseURL, request }) => {
  for (const [path, type] of [["/api/v1/export/claims.csv", "text/csv"], ["/api/v1/export/entities.ftm.json", "application/x-ndjson"]] as const) {
    const response = await request.get(path);
    expect(response.headers()["content-type"]).toContain(type);
    expect(response.headers()["content-disposition"]).toMatch(/^attachment;/);
    expect(response.headers()["x-content-type-options"]).toBe("nosniff");
    expect(response.headers()["content-security-policy"]).toContain("sandbox");
    expect(await response.text()).toContain("onerror");
  }
  // Opened in the browser, they download instead of rendering.
  const context = await browser.newContext({ baseURL, acceptDownloads: true });
  const page = await context.newPage();
  const events = watch(page);
  for (const path of ["/api/v1/export/claims.csv", "/api/v1/export/entities.ftm.json"]) {
    const download = page.waitForEvent("download");
    await page.goto(path).catch(() => undefined); // "Download is starting"
    expect((await download).suggestedFilename()).toMatch(/^nexus-watch-/);
  }
  expect(events.dialogs).toEqual([]);
  await context.close();
});
