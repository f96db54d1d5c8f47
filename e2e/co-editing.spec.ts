import { HocuspocusProvider } from "@hocuspocus/provider";
import { expect, test } from "@playwright/test";
import WebSocket from "ws";
import * as Y from "yjs";
import { DEMO } from "./support/accounts";
import { allSaved, body, caretAtEnd, openLiveEditor, signedInPage, someTechnology } from "./support/live-editor";

test.skip(({ isMobile }) => isMobile, "co-editing journeys run once, on the desktop project");

test("two people type into the same paragraph at once: both texts reach both editors within a second and the snapshot; each sees the other", async ({ browser }) => {
  const carla = await signedInPage(browser, DEMO.contributor);
  const jun = await signedInPage(browser, DEMO.journalist);
  const slug = await someTechnology(carla, 1);
  await openLiveEditor(carla, slug);
  await openLiveEditor(jun, slug);

  // Each sees the other on the page.
  await expect(carla.getByRole("list", { name: "People editing this page" })).toContainText("Jun Journalist");
  await expect(jun.getByRole("list", { name: "People editing this page" })).toContainText("Carla Contributor");

  await caretAtEnd(carla);
  await caretAtEnd(jun);
  await Promise.all([carla.keyboard.type(" Carla writes this.", { delay: 15 }), jun.keyboard.type(" Jun writes that.", { delay: 15 })]);
  for (const page of [carla, jun]) {
    await expect(body(page)).toContainText("Carla writes this.", { timeout: 1000 });
    await expect(body(page)).toContainText("Jun writes that.", { timeout: 1000 });
  }
  // The other's caret carries their name.
  await expect(carla.locator(".collaboration-carets__label", { hasText: "Jun Journalist" })).toBeVisible();
  await expect(jun.locator(".collaboration-carets__label", { hasText: "Carla Contributor" })).toBeVisible();

  await allSaved(carla);
  await allSaved(jun);
  await carla.getByLabel("Edit summary").fill("Written together");
  await carla.getByRole("button", { name: "Submit for review" }).click();
  await expect(carla.getByRole("status").filter({ hasText: "Submitted for review as revision" })).toContainText("with 2 authors");

  const latest = await (await carla.request.get(`/api/v1/entities/${slug}?view=latest`)).json();
  expect(latest.revision.status).toBe("pending");
  expect(JSON.stringify(latest.body)).toContain("Carla writes this.");
  expect(JSON.stringify(latest.body)).toContain("Jun writes that.");
  // Editing goes on in the draft while the snapshot waits.
  await caretAtEnd(jun);
  await jun.keyboard.type(" After the snapshot.");
  await expect(body(carla)).toContainText("After the snapshot.", { timeout: 1000 });
});

test("four eyes: a reviewer who typed in the draft cannot approve its snapshot; another reviewer can", async ({ browser }) => {
  const carla = await signedInPage(browser, DEMO.contributor);
  const rosa = await signedInPage(browser, DEMO.reviewer);
  const lev = await signedInPage(browser, DEMO.lawyer);
  const slug = await someTechnology(carla, 2);
  await openLiveEditor(carla, slug);
  await openLiveEditor(rosa, slug);
  await caretAtEnd(rosa);
  await rosa.keyboard.type(" Rosa added a sentence.");
  await allSaved(rosa);
  await expect(body(carla)).toContainText("Rosa added a sentence.");
  await carla.getByRole("button", { name: "Submit for review" }).click();
  await expect(carla.getByRole("status").filter({ hasText: "Submitted for review as revision" })).toBeVisible();
  const latest = await (await carla.request.get(`/api/v1/entities/${slug}?view=latest`)).json();

  const refused = await rosa.request.post(`/api/v1/revisions/${latest.revision.id}/approve`, { data: {} });
  expect(refused.status()).toBe(403);
  expect((await refused.json()).error.message).toMatch(/own work/);
  // The queue does not offer Rosa the approval either.
  await rosa.goto("/workspace/review");
  const item = rosa.getByRole("listitem").filter({ hasText: `Page revision ${latest.revision.number}` }).filter({ hasText: latest.title });
  await item.getByRole("button").first().click();
  await expect(item.getByText("Rosa added a sentence.").first()).toBeVisible();
  await expect(item.getByRole("button", { name: /Approve/ })).toHaveCount(0);

  const approved = await lev.request.post(`/api/v1/revisions/${latest.revision.id}/approve`, { data: {} });
  expect(approved.status()).toBe(200);
});

test("sockets: anonymous and cross-origin connections are refused, other upgrade paths are closed at once", async ({ baseURL }) => {
  const url = `${baseURL!.replace(/^http/, "ws")}/collab`;
  const entities = await (await fetch(`${baseURL}/api/v1/entities?kind=firm&limit=1`)).json();
  const entityId = entities.items[0].id as string;

  const failed = await new Promise<string>((resolve) => {
    const provider = new HocuspocusProvider({
      url, name: `entity/${entityId}`, document: new Y.Doc(), token: "", WebSocketPolyfill: WebSocket,
      onAuthenticationFailed: ({ reason }) => {
        provider.destroy();
        resolve(reason);
      },
    } as ConstructorParameters<typeof HocuspocusProvider>[0]);
  });
  expect(failed).toBe("sign-in-required");

  const upgrade = (path: string, headers: Record<string, string> = {}) =>
    new Promise<string>((resolve) => {
      const ws = new WebSocket(`${url.replace(/\/collab$/, "")}${path}`, { headers });
      ws.on("open", () => { ws.close(); resolve("open"); });
      ws.on("unexpected-response", (_, res) => resolve(`http ${res.statusCode}`));
      ws.on("error", () => resolve("closed"));
    });
  expect(await upgrade("/collab", { origin: "https://evil.example" })).toBe("http 403");
  expect(await upgrade("/somewhere-else")).toBe("closed");
  expect(await upgrade("/collab")).toBe("open");
});
