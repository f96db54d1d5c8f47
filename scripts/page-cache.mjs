// A cache of rendered public pages in front of Next's request handler (scripts/server.mjs).
//
// Public pages are rendered per request because their Content-Security-Policy carries a fresh
// nonce (proxy.ts), so Next's own full-route cache cannot keep them, and rendering an entity
// page costs tens of milliseconds where the same bytes as a file cost a few. This cache keeps
// the HTML an anonymous reader got, with its nonce cut out, and serves it again with a fresh
// nonce in the header and in every script tag: each response still has a nonce of its own.
//
// What it keeps: GET of the app's public pages (lib/public/public-pages.ts says which), with no
// query string, from a caller with no session cookie and no Authorization header, not a
// client-side navigation (RSC), answered 200 without Set-Cookie. How long: until anything is
// published or retracted — the app bumps a publication counter (lib/process-state.mjs) for its
// own approvals at once and for other instances' within a second (the public cache's poll), and
// an entry is served only while the counter is where it was when its render began — and at most
// PAGE_CACHE_TTL_MS (default 60 s), so nothing that depends on the clock is older than that.
// The app tells this cache both things through lib/process-state.mjs once it has started
// (server/start.ts); until then every request goes to the app.
import { randomBytes } from "node:crypto";
import { gzipSync } from "node:zlib";
import { publicPages } from "../lib/process-state.mjs";

const NONCE = /'nonce-([A-Za-z0-9+/=]{16,64})'/;
const DROPPED = new Set(["set-cookie", "content-length", "transfer-encoding", "date", "connection", "keep-alive", "content-encoding"]);
const PLACEHOLDER = "'nonce-{{nonce}}'";

/** The app's "publications applied so far", or undefined before the app has started. */
async function appGeneration() {
  return publicPages()?.freshGeneration();
}

/** Whether the app says this path is a public page; no before the app has started. */
function appPublicPage(path) {
  return publicPages()?.isPublicPage(path) ?? false;
}

/**
 * @param {{ ttlMs?: number, maxBytes?: number, generation?: () => Promise<number | undefined>, isPublicPage?: (path: string) => boolean, now?: () => number }} [options]
 */
export function createPageCache(options = {}) {
  const ttlMs = options.ttlMs ?? (Number(process.env.PAGE_CACHE_TTL_MS) || 60_000);
  const maxBytes = options.maxBytes ?? (Number(process.env.PAGE_CACHE_MB) || 64) * 1024 * 1024;
  const generation = options.generation ?? appGeneration;
  const isPublicPage = options.isPublicPage ?? appPublicPage;
  const now = options.now ?? Date.now;
  /** @type {Map<string, { parts: string[], headers: Record<string, string | string[]>, generation: number, storedAt: number, bytes: number }>} */
  const entries = new Map();
  let bytes = 0;

  const remove = (key) => {
    const entry = entries.get(key);
    if (!entry) return;
    bytes -= entry.bytes;
    entries.delete(key);
  };
  const store = (key, entry) => {
    if (entry.bytes > maxBytes / 8) return;
    remove(key);
    entries.set(key, entry);
    bytes += entry.bytes;
    for (const oldest of entries.keys()) {
      if (bytes <= maxBytes) break;
      remove(oldest);
    }
  };

  /** The cache key of a request, or null when it must go to the app. */
  function keyFor(req) {
    if (req.method !== "GET") return null;
    const url = req.url ?? "";
    if (url.includes("?") || !isPublicPage(url)) return null;
    const h = req.headers;
    if (h.authorization || h.rsc || h["next-router-state-tree"] || h["next-router-prefetch"] || h["next-action"]) return null;
    if (/session-token/i.test(h.cookie ?? "")) return null;
    return url;
  }

  /** Serves a stored page with a fresh nonce; gzip when the caller accepts it. */
  function serve(entry, req, res) {
    const nonce = randomBytes(16).toString("base64");
    let body = Buffer.from(entry.parts.join(nonce), "utf8");
    for (const [name, value] of Object.entries(entry.headers)) {
      // Of the headers, only the CSP carries the nonce; it was stored with a placeholder.
      res.setHeader(name, name === "content-security-policy" ? String(value).replace(PLACEHOLDER, `'nonce-${nonce}'`) : value);
    }
    if (/\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""))) {
      body = gzipSync(body, { level: 1 });
      res.setHeader("content-encoding", "gzip");
    }
    res.setHeader("content-length", body.length);
    res.setHeader("x-nexus-page-cache", "hit");
    res.writeHead(200); // only 200s are kept
    res.end(body);
  }

  /** Lets the app answer, and keeps a copy of what it sent when it is a keepable page. */
  function captureInto(key, startedAt, req, res) {
    // Uncompressed from the app, so the nonce can be found; hits are compressed here.
    delete req.headers["accept-encoding"];
    res.setHeader("x-nexus-page-cache", "miss");
    const chunks = [];
    let size = 0;
    let keep = true;
    const collect = (chunk, encoding) => {
      if (!keep || chunk == null || typeof chunk === "function") return;
      const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8");
      size += buffer.length;
      if (size > maxBytes / 8) keep = false;
      else chunks.push(buffer);
    };
    const write = res.write.bind(res);
    const end = res.end.bind(res);
    res.write = (chunk, encoding, cb) => {
      collect(chunk, encoding);
      return write(chunk, encoding, cb);
    };
    res.end = (chunk, encoding, cb) => {
      collect(chunk, encoding);
      const result = end(chunk, encoding, cb);
      if (keep) keepPage(key, startedAt, res, Buffer.concat(chunks));
      return result;
    };
  }

  function keepPage(key, startedAt, res, body) {
    if (res.statusCode !== 200 || res.getHeader("set-cookie") || res.getHeader("content-encoding")) return;
    const csp = res.getHeader("content-security-policy");
    const nonce = typeof csp === "string" ? NONCE.exec(csp)?.[1] : undefined;
    if (!nonce) return;
    const headers = {};
    for (const [name, value] of Object.entries(res.getHeaders())) {
      if (DROPPED.has(name) || name === "x-nexus-page-cache" || value === undefined) continue;
      headers[name] = name === "content-security-policy" ? String(value).replace(`'nonce-${nonce}'`, PLACEHOLDER) : Array.isArray(value) ? value : String(value);
    }
    const parts = body.toString("utf8").split(nonce);
    store(key, { parts, headers, generation: startedAt.generation, storedAt: startedAt.at, bytes: body.length });
  }

  /** Wraps Next's handler: (req, res) => Promise<void>. */
  function wrap(handle) {
    return async (req, res) => {
      const key = keyFor(req);
      if (!key) return handle(req, res);
      const current = await generation().catch(() => undefined);
      if (current === undefined) return handle(req, res);
      const entry = entries.get(key);
      if (entry && entry.generation === current && now() - entry.storedAt < ttlMs) {
        entries.delete(key); // most recently used last
        entries.set(key, entry);
        return serve(entry, req, res);
      }
      remove(key);
      captureInto(key, { generation: current, at: now() }, req, res);
      return handle(req, res);
    };
  }

  return { wrap, keyFor, size: () => entries.size, bytes: () => bytes };
}
