// The production server: Next's request handler behind a plain Node HTTP server, so that the
// caller's address comes from the socket. Route handlers get no socket address from Next, and
// `next start` passes on whatever X-Real-IP / X-Forwarded-For a client sends, which would let a
// client pick its own rate-limit bucket. Here, unless TRUST_PROXY=1 says a reverse proxy in
// front sets those headers, they are replaced by what the socket says.
import { EventEmitter } from "node:events";
import { createServer } from "node:http";
import path from "node:path";
import { believableForwarding } from "./forwarding.mjs";
import { createPageCache } from "./page-cache.mjs";
import { readSlot } from "../lib/process-state.mjs";

process.env.NODE_ENV = "production";
const root = path.resolve(import.meta.dirname, "..");
const port = Number(process.env.PORT || 3000);
const trustProxy = process.env.TRUST_PROXY === "1";

const { default: next } = await import("next");
// Next attaches its own WebSocket upgrade handler to the server of the first request unless it is
// given one: it gets a server of its own that never sees an upgrade, so /collab is ours alone.
const app = next({ dev: false, dir: root, port, hostname: process.env.HOSTNAME || undefined, httpServer: new EventEmitter() });
await app.prepare();
// PAGE_CACHE=off serves every public page from a fresh render (scripts/page-cache.mjs says why it is on).
const handle = process.env.PAGE_CACHE === "off" ? app.getRequestHandler() : createPageCache().wrap(app.getRequestHandler());

const server = createServer((req, res) => {
  believableForwarding(req.headers, req.socket.remoteAddress, trustProxy);
  handle(req, res).catch((err) => {
    console.error("[nexus] unhandled request error", err);
    if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain" });
    res.end("Internal error");
  });
});
// Live co-editing (server/collab) answers WebSocket upgrades at /collab on this same port; any other
// upgrade is closed at once. Instrumentation registers the co-editing server during app.prepare().
server.on("upgrade", (req, socket, head) => {
  const collab = readSlot("collab");
  if (!collab || !req.url?.startsWith("/collab")) return void socket.destroy();
  believableForwarding(req.headers, req.socket.remoteAddress, trustProxy);
  collab.handleUpgrade(req, socket, head);
});
server.listen(port, () => console.log(`[nexus] serving http://localhost:${port}${trustProxy ? " (behind a trusted proxy)" : ""}`));
