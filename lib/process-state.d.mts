// Types of lib/process-state.mjs (plain JavaScript so that scripts/server.mjs can import it).
import type { Database, Db } from "@/db/client";
import type { PublicCache } from "./public/public-cache";
import type { SearchEngine } from "./search/types";
import type { LiveDrafts } from "./collab/draft-view";

/** This process's live co-editing server (server/collab/), as the server script and the draft API see it. */
export type CollabHandle = {
  /** For the HTTP server's "upgrade" event: serves /collab, closes anything else at once. */
  handleUpgrade(req: import("node:http").IncomingMessage, socket: import("node:stream").Duplex, head: Buffer): void;
  live: LiveDrafts;
};

/** What the app registers for the production server's page cache (scripts/page-cache.mjs). */
export type PublicPages = {
  /** Whether a request path (no query string) is a public page an anonymous reader may get from the cache. */
  isPublicPage: (path: string) => boolean;
  /** The publication generation as of now, after applying what other instances published. */
  freshGeneration: () => Promise<number>;
};

/** Every process-wide value, by slot name. */
export type ProcessSlots = {
  /** The process's database, opened, migrated and seeded on first use (server/database.ts). */
  database: Promise<Database>;
  /** The search engine chosen from the environment, or the one a test picked (lib/search/engine.ts). */
  searchEngine: SearchEngine;
  /** The public read cache of each database handle (lib/public/public-cache.ts). */
  publicCaches: WeakMap<Db, PublicCache>;
  /** Publications applied so far; see publicationGeneration(). */
  publicationGeneration: number;
  /** See PublicPages. */
  publicPages: PublicPages;
  /** See CollabHandle (server/collab/start.ts registers it). */
  collab: CollabHandle;
};
export type SlotName = keyof ProcessSlots;

export function readSlot<K extends SlotName>(name: K): ProcessSlots[K] | undefined;
export function writeSlot<K extends SlotName>(name: K, value: ProcessSlots[K] | undefined): void;
export function slotOrInit<K extends SlotName>(name: K, init: () => ProcessSlots[K]): ProcessSlots[K];

export function publicationGeneration(): number;
export function bumpPublicationGeneration(): void;
export function registerPublicPages(publicPages: PublicPages): void;
export function publicPages(): PublicPages | undefined;
