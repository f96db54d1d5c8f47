import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { HocuspocusProvider } from "@hocuspocus/provider";
import WebSocket from "ws";
import * as Y from "yjs";
import type { Db } from "@/db/client";
import { createCollabServer, type CollabOptions, type CollabServer } from "@/server/collab/collab-server";

/** A co-editing server of our own on a loopback port, as scripts/server.mjs mounts it. */
export async function startCollab(db: Db, options: Partial<CollabOptions> & { port?: number } = {}): Promise<{ url: string; collab: CollabServer; stop: () => Promise<void> }> {
  const collab = createCollabServer({ db, debounceMs: 50, maxDebounceMs: 200, ...options });
  const http: Server = createServer((_, res) => res.writeHead(404).end());
  http.on("upgrade", (req, socket, head) => collab.handleUpgrade(req, socket, head));
  await new Promise<void>((resolve) => http.listen(options.port ?? 0, "127.0.0.1", resolve));
  const { port } = http.address() as AddressInfo;
  return {
    url: `ws://127.0.0.1:${port}/collab`,
    collab,
    stop: async () => {
      const closed = new Promise<void>((resolve) => http.close(() => resolve()));
      await withTimeout("collab.close", collab.close());
      await withTimeout("http.close", closed);
    },
  };
}

export type Client = { provider: HocuspocusProvider; doc: Y.Doc; authFailure: Promise<string>; synced: Promise<void>; closed: Array<{ code: number; reason: string }> };

/** A Node client of the Hocuspocus provider, as a script or bot would use it. */
export function connect(url: string, entityId: string, token: string): Client {
  const doc = new Y.Doc();
  const closed: Client["closed"] = [];
  let failed!: (reason: string) => void;
  let synced!: () => void;
  const authFailure = new Promise<string>((resolve) => (failed = resolve));
  const syncedPromise = new Promise<void>((resolve) => (synced = resolve));
  const provider = new HocuspocusProvider({
    url,
    name: `entity/${entityId}`,
    document: doc,
    token,
    WebSocketPolyfill: WebSocket,
    onAuthenticationFailed: ({ reason }) => failed(reason),
    onSynced: () => synced(),
    onClose: ({ event }) => void closed.push({ code: event.code, reason: event.reason }),
  } as ConstructorParameters<typeof HocuspocusProvider>[0]);
  return { provider, doc, authFailure, synced: syncedPromise, closed };
}

/** Waits for a condition, polling; fails with the label after the timeout. */
export async function until(label: string, check: () => boolean | Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`timed out waiting for: ${label}`);
}

/** Types text at the end of the body's first paragraph (creating it), as an editor would. */
export function typeParagraph(doc: Y.Doc, text: string): void {
  doc.transact(() => {
    const body = doc.getXmlFragment("body");
    const paragraph = new Y.XmlElement("paragraph");
    paragraph.insert(0, [new Y.XmlText(text)]);
    body.insert(body.length, [paragraph]);
  });
}

export function bodyText(doc: Y.Doc): string {
  return doc.getXmlFragment("body").toArray().map((n) => (n instanceof Y.XmlElement ? n.toArray().map((t) => t.toString()).join("") : "")).join("\n");
}

/** Awaits a promise, failing with its label if it takes longer than the timeout. */
export function withTimeout<T>(label: string, promise: Promise<T>, ms = 5000): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([promise, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`timed out: ${label}`)), ms)))]).finally(() => clearTimeout(timer));
}

/** Ends a client, also one still connecting (ws reports closing a half-open socket as an error event). */
export function disconnect(client: Client): void {
  const socket = (client.provider.configuration.websocketProvider as unknown as { webSocket?: { on?: (e: string, f: () => void) => void } }).webSocket;
  socket?.on?.("error", () => {});
  client.provider.destroy();
}
