import type { CollabServer } from "./collab-server";

/**
 * The co-editing server of this process. Next bundles instrumentation, route handlers and the
 * custom server (scripts/server.mjs) separately, so the one instance is found through a process-wide
 * key: instrumentation registers it; the HTTP server's upgrade handler and the draft API read it.
 */
const KEY = Symbol.for("nexus-watch.collab");
type Holder = { [KEY]?: CollabServer };

export function registerCollab(server: CollabServer): void {
  (globalThis as Holder)[KEY] = server;
}

export function collabServer(): CollabServer | null {
  return (globalThis as Holder)[KEY] ?? null;
}
