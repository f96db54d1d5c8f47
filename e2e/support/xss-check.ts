import { expect, type Page } from "@playwright/test";
import { XSS_PAYLOADS } from "./xss-payloads";

/** Everything a page did that an executed payload would do: dialogs, CSP refusals. */
export function watch(page: Page) {
  const events = { dialogs: [] as string[], csp: [] as string[] };
  page.on("dialog", (dialog) => { events.dialogs.push(dialog.message()); void dialog.dismiss(); });
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load|apply|frame)/i.test(message.text())) events.csp.push(message.text());
  });
  return events;
}

export type Findings = { marker: unknown; handlers: string[]; scriptUrls: string[]; foreignScripts: string[]; frames: number; shown: number };

/**
 * Opens `path` and reads what an injected payload would leave: window.__xss, elements with an
 * on* attribute, javascript: URLs, srcdoc frames or embeds, executable scripts without the
 * response's nonce, and how many distinct payloads the page shows as text.
 */
export async function inspect(page: Page, path: string): Promise<Findings> {
  const response = await page.goto(path);
  expect(response?.status(), path).toBeLessThan(400);
  const nonce = /'nonce-([^']+)'/.exec(response!.headers()["content-security-policy"] ?? "")?.[1] ?? "";
  // Client components (the editors) fill their inputs once hydrated; a slow machine needs the network to settle.
  await page.waitForLoadState("networkidle").catch(() => undefined);
  await page.waitForTimeout(300); // an onerror/onload/ontoggle handler fires within this
  return page.evaluate(({ nonce, payloads }): Findings => {
    const all = [...document.querySelectorAll("*")];
    const handlers = all.flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName}[${a.name}]`));
    const scriptUrls = all.flatMap((el) => ["href", "src", "action", "formaction", "xlink:href", "data"].map((name) => el.getAttribute(name) ?? "")
      .filter((value) => /^\s*javascript:/i.test(value)));
    // Next's chunk loader adds <script src="/_next/static/…"> at run time, allowed by 'strict-dynamic'; anything else needs the nonce.
    const foreignScripts = [...document.scripts].filter((s) => (!s.type || /module|javascript/i.test(s.type)) && (!nonce || s.nonce !== nonce)
      && !(s.src && new URL(s.src).origin === location.origin && new URL(s.src).pathname.startsWith("/_next/static/"))).map((s) => s.src || s.text.slice(0, 80));
    const text = document.body.innerText + " " + [...document.querySelectorAll("input, textarea")].map((el) => (el as HTMLInputElement).value).join(" ");
    return {
      marker: (window as unknown as { __xss?: unknown }).__xss,
      handlers, scriptUrls, foreignScripts,
      frames: document.querySelectorAll("iframe[srcdoc], frame, object, embed").length,
      shown: payloads.filter((p) => text.includes(p.replace(/[\u2028\u2029]/g, "").trim())).length,
    };
  }, { nonce, payloads: [...XSS_PAYLOADS] });
}

/**
 * Opens `path` and proves no payload ran or was even injected: nothing `inspect` looks for, no
 * dialog, no CSP refusal (the policy would block an injected script or handler and say so).
 * Returns how many distinct payloads the page shows as text.
 */
export async function openAndCheck(page: Page, events: ReturnType<typeof watch>, path: string): Promise<number> {
  const found = await inspect(page, path);
  expect.soft(found.marker, `${path}: window.__xss set`).toBeUndefined();
  expect.soft(found.handlers, `${path}: event-handler attributes in the DOM`).toEqual([]);
  expect.soft(found.scriptUrls, `${path}: javascript: URLs in the DOM`).toEqual([]);
  expect.soft(found.foreignScripts, `${path}: scripts without the response's nonce`).toEqual([]);
  expect.soft(found.frames, `${path}: frames or embeds`).toBe(0);
  expect.soft(events.dialogs, `${path}: dialogs`).toEqual([]);
  expect.soft(events.csp, `${path}: CSP refusals`).toEqual([]);
  return found.shown;
}
