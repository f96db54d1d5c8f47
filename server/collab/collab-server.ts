import "server-only";
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { Hocuspocus, type Extension } from "@hocuspocus/server";
import { Redis as RedisExtension } from "@hocuspocus/extension-redis";
import { WebSocketServer, type WebSocket } from "ws";
import * as Y from "yjs";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { entities } from "@/db/schema";
import { documentName, entityIdOfDocument } from "@/lib/collab/doc-content";
import type { LiveDrafts, Participant } from "@/lib/collab/draft-view";
import { openDraftState, storeDraft } from "@/lib/collab/drafts";
import { can } from "@/lib/policies";
import { identify, type CollabUser } from "./identify";
import { allowedOrigin } from "./origin";

export const COLLAB_PATH = "/collab";

export type CollabLimits = {
  /** Largest WebSocket message accepted (bytes); larger ones close the connection. */
  maxMessageBytes: number;
  /** Messages one connection may send per second (typing, carets and syncs together). */
  maxMessagesPerSecond: number;
  /** Largest shared document (bytes of its encoded state). */
  maxDocumentBytes: number;
};

export const DEFAULT_LIMITS: CollabLimits = { maxMessageBytes: 2_000_000, maxMessagesPerSecond: 120, maxDocumentBytes: 1_500_000 };

export type CollabOptions = {
  db: Db;
  /** REDIS_URL: instances share documents through Hocuspocus's Redis extension. */
  redisUrl?: string;
  /** How long after the last change a document is stored (ms), and the longest it waits under constant typing. */
  debounceMs?: number;
  maxDebounceMs?: number;
  limits?: Partial<CollabLimits>;
  name?: string;
};

export type CollabServer = {
  hocuspocus: Hocuspocus;
  live: LiveDrafts;
  /** For the HTTP server's "upgrade" event: serves /collab, closes anything else at once. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
  close(): Promise<void>;
};

/**
 * Why a connection is closed: the reason reaches the client (Hocuspocus's close message carries the
 * reason; a WebSocket close carries both), and the editor turns it into plain words.
 */
export const CLOSE = {
  tooLarge: { code: 4413, reason: "too-large" },
  tooFast: { code: 4429, reason: "too-fast" },
} as const;

type Context = { user: CollabUser };

/**
 * The live co-editing server (Hocuspocus) of this app instance: one Yjs document per page, named
 * entity/<entity id>, loaded from its stored draft (or the page's latest revision), stored debounced,
 * with who contributed, and shared with other instances through Redis when configured.
 */
export function createCollabServer(options: CollabOptions): CollabServer {
  const { db } = options;
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const contributors = new Map<string, Set<string>>();
  const participants = new Map<string, Map<string, Participant>>();
  const docBytes = new Map<string, number>();
  const extensions: Extension[] = [];
  if (options.redisUrl) {
    const url = new URL(options.redisUrl);
    extensions.push(new RedisExtension({
      host: url.hostname,
      port: Number(url.port || 6379),
      options: {
        username: url.username || undefined,
        password: url.password ? decodeURIComponent(url.password) : undefined,
        db: url.pathname.length > 1 ? Number(url.pathname.slice(1)) : undefined,
        tls: url.protocol === "rediss:" ? {} : undefined,
        // ioredis announces itself with CLIENT SETINFO on connect, which Redis before 7.2 (Debian 12
        // ships 7.0) refuses on a subscriber connection, leaving the subscription broken.
        disableClientInfo: true,
      },
    }));
  }

  const store = async (documentName: string, document: Y.Doc) => {
    const entityId = entityIdOfDocument(documentName);
    if (!entityId) return;
    const who = contributors.get(documentName) ?? new Set<string>();
    contributors.delete(documentName);
    const state = Y.encodeStateAsUpdate(document);
    try {
      await storeDraft(db, entityId, state, who);
      docBytes.set(documentName, state.byteLength);
    } catch (err) {
      // Not stored: keep who contributed for the next attempt; the document stays in memory.
      const again = contributors.get(documentName) ?? new Set<string>();
      for (const id of who) again.add(id);
      contributors.set(documentName, again);
      throw err;
    }
  };

  const hocuspocus = new Hocuspocus({
    name: options.name ?? null,
    quiet: true,
    debounce: options.debounceMs ?? 1000,
    maxDebounce: options.maxDebounceMs ?? 5000,
    extensions,

    async onAuthenticate({ token, requestHeaders, documentName, connectionConfig }) {
      const entityId = entityIdOfDocument(documentName);
      if (!entityId) throw reason("unknown-document");
      const user = await identify(db, token ?? "", requestHeaders);
      if (!user) throw reason("sign-in-required");
      if (!(await entityExists(db, entityId))) throw reason("not-found");
      // Every member may read drafts; only those who may edit pages may change one.
      if (!can(user, "create")) connectionConfig.readOnly = true;
      return { user } satisfies Context;
    },

    async onLoadDocument({ documentName, document }) {
      const entityId = entityIdOfDocument(documentName);
      const state = entityId ? await openDraftState(db, entityId) : null;
      if (!state) throw reason("not-found");
      Y.applyUpdate(document, state);
      docBytes.set(documentName, state.byteLength);
      return document;
    },

    async connected({ documentName, socketId, context, connectionConfig }) {
      const user = (context as Context).user;
      const byId = participants.get(documentName) ?? new Map<string, Participant>();
      byId.set(socketId, { id: user.id, name: user.name, color: user.color, readOnly: connectionConfig.readOnly });
      participants.set(documentName, byId);
    },

    async onDisconnect({ documentName, socketId }) {
      participants.get(documentName)?.delete(socketId);
    },

    async beforeHandleMessage({ documentName, update }) {
      if ((docBytes.get(documentName) ?? 0) + update.byteLength > limits.maxDocumentBytes) throw CLOSE.tooLarge;
    },

    async onChange({ documentName, context, update }) {
      const user = (context as Context | undefined)?.user;
      docBytes.set(documentName, (docBytes.get(documentName) ?? 0) + update.byteLength);
      if (!user) return; // a change from another instance (Redis) or from the server itself
      const who = contributors.get(documentName) ?? new Set<string>();
      who.add(user.id);
      contributors.set(documentName, who);
    },

    async onStoreDocument({ documentName, document }) {
      await store(documentName, document);
    },

    async afterUnloadDocument({ documentName }) {
      participants.delete(documentName);
      docBytes.delete(documentName);
    },
  });

  const wss = new WebSocketServer({ noServer: true, maxPayload: limits.maxMessageBytes });

  const live: LiveDrafts = {
    async flush(entityId) {
      const name = documentName(entityId);
      const document = hocuspocus.documents.get(name);
      if (document) await store(name, document);
    },
    participants(entityId) {
      const seen = new Map<string, Participant>();
      for (const p of participants.get(documentName(entityId))?.values() ?? []) seen.set(p.id, p);
      return [...seen.values()];
    },
  };

  return {
    hocuspocus,
    live,
    handleUpgrade(req, socket, head) {
      const path = new URL(req.url ?? "/", "http://localhost").pathname;
      if (path !== COLLAB_PATH) return void socket.destroy();
      if (!allowedOrigin(req.headers)) {
        socket.end("HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
        return;
      }
      wss.handleUpgrade(req, socket, head, (ws) => {
        limitRate(ws, limits.maxMessagesPerSecond);
        hocuspocus.handleConnection(ws, req);
      });
    },
    async close() {
      await Promise.all([...hocuspocus.documents.entries()].map(([name, doc]) => store(name, doc).catch(() => {})));
      hocuspocus.closeConnections();
      for (const ws of wss.clients) ws.terminate();
      wss.close();
      // Extensions let go of what they hold (the Redis connections).
      await hocuspocus.hooks("onDestroy", { instance: hocuspocus });
    },
  };
}

/** Closes a connection that sends more than its share of messages in any one-second window. */
function limitRate(ws: WebSocket, perSecond: number) {
  let windowStart = Date.now();
  let count = 0;
  ws.on("message", () => {
    const now = Date.now();
    if (now - windowStart >= 1000) {
      windowStart = now;
      count = 0;
    }
    if (++count > perSecond) ws.close(CLOSE.tooFast.code, CLOSE.tooFast.reason);
  });
}

async function entityExists(db: Db, id: string): Promise<boolean> {
  const [row] = await db.select({ id: entities.id }).from(entities).where(eq(entities.id, id));
  return !!row;
}

/** Hocuspocus sends an error's `reason` to the client in its permission-denied message. */
function reason(text: string) {
  return Object.assign(new Error(text), { reason: text });
}
