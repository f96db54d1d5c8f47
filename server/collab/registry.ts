import "server-only";
import { readSlot, writeSlot, type CollabHandle } from "@/lib/process-state.mjs";

/**
 * The co-editing server of this process. Instrumentation starts it; the HTTP server's upgrade
 * handler (scripts/server.mjs) and the draft API find it in the process-wide slot, since Next
 * bundles each of them separately.
 */
export function registerCollab(server: CollabHandle): void {
  writeSlot("collab", server);
}

export function collabServer(): CollabHandle | null {
  return readSlot("collab") ?? null;
}
