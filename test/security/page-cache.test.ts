import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error: a plain ES module of the server script
import { createPageCache } from "../../scripts/page-cache.mjs";
import { isPublicPagePath } from "@/lib/public/public-pages";

/** A stand-in for Next: renders a page with a fresh nonce in its CSP and script tag, counting renders. */
let renders = 0;
let generation = 1;
let clock = 0;
function app(req: IncomingMessage, res: ServerResponse): Promise<void> {
  renders++;
  const nonce = Buffer.from(`nonce-${renders}-padding`).toString("base64");
  res.setHeader("content-security-policy", `default-src 'self'; script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
  res.setHeader("x-frame-options", "DENY");
  if (req.url === "/firms/login-sets-cookie") res.setHeader("set-cookie", "a=b");
  res.statusCode = req.url === "/firms/missing" ? 404 : 200;
  res.setHeader("content-type", "text/html; charset=utf-8");
  res.write(`<html><script nonce="${nonce}">go()</script>`);
  res.end(`<p>render ${renders} of ${req.url}, Москва 莫斯科</p></html>`);
  return Promise.resolve();
}

let server: Server;
let base: string;
beforeAll(async () => {
  const cache = createPageCache({ ttlMs: 60_000, generation: async () => generation, isPublicPage: isPublicPagePath, now: () => clock });
  const handle = cache.wrap(app);
  server = createServer((req, res) => {
    handle(req, res).catch((err: Error) => res.writeHead(500).end(err.message));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const get = async (path: string, headers: Record<string, string> = {}) => {
  const res = await fetch(base + path, { headers });
  const body = await res.text();
  const nonce = /'nonce-([^']+)'/.exec(res.headers.get("content-security-policy") ?? "")?.[1];
  return { status: res.status, body, nonce, cache: res.headers.get("x-nexus-page-cache"), frame: res.headers.get("x-frame-options") };
};

describe("the public page cache of the production server", () => {
  it("serves an anonymous reader's page again without rendering, with a fresh nonce in header and scripts", async () => {
    const first = await get("/firms/acme");
    const again = await get("/firms/acme", { "accept-encoding": "gzip" });
    expect(first.cache).toBe("miss");
    expect(again.cache).toBe("hit");
    expect(again.body).toContain("render 1 of /firms/acme, Москва 莫斯科");
    expect(again.nonce).toBeTruthy();
    expect(again.nonce).not.toBe(first.nonce);
    expect(again.body).toContain(`<script nonce="${again.nonce}">`);
    expect(again.body).not.toContain(first.nonce!);
    expect(again.frame).toBe("DENY");
    expect(renders).toBe(1);
  });

  it("renders afresh once anything is published, and after the time limit", async () => {
    await get("/routes");
    const before = renders;
    generation++;
    expect((await get("/routes")).cache).toBe("miss");
    expect((await get("/routes")).cache).toBe("hit");
    clock += 61_000;
    expect((await get("/routes")).cache).toBe("miss");
    expect(renders).toBe(before + 2);
  });

  it("never keeps or serves a page for a signed-in caller, an API token, a navigation or a query", async () => {
    await get("/technologies");
    for (const [path, headers] of [
      ["/technologies", { cookie: "authjs.session-token=abc" }],
      ["/technologies", { authorization: "Bearer nw_x" }],
      ["/technologies", { rsc: "1" }],
      ["/technologies?revision=1", {}],
      ["/workspace", {}],
      ["/api/v1/entities", {}],
    ] as const) {
      const response = await get(path, headers);
      expect(response.cache, `${path} ${JSON.stringify(headers)}`).toBeNull();
    }
  });

  it("keeps nothing that is not a plain 200 without cookies", async () => {
    await get("/firms/missing");
    expect((await get("/firms/missing")).cache).toBe("miss");
    await get("/firms/login-sets-cookie");
    expect((await get("/firms/login-sets-cookie")).cache).toBe("miss");
  });
});
