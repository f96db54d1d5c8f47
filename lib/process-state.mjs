// Process-wide state: the one place that keeps values on globalThis.
//
// Why globalThis at all: one Node process runs several module graphs. The production server
// (scripts/server.mjs) is plain Node ESM, and Next bundles the app's server code separately —
// more than once (pages, route handlers, instrumentation each get their own copy of a module).
// A module-level variable would exist once per copy, so the database, the caches and the
// publication counter would silently split. A value on globalThis under a Symbol.for key is the
// one thing every copy shares. This file owns those keys; nothing else touches globalThis.
//
// Why plain JavaScript: the server script imports it without a build step (Node 20 runs no
// TypeScript). process-state.d.mts types it, so the app reads and writes each slot with its type.

/** The slots, by name. Symbol.for: the same key in every module copy. */
const KEYS = Object.freeze({
  database: Symbol.for("nexus-watch.database"),
  searchEngine: Symbol.for("nexus-watch.search-engine"),
  publicCaches: Symbol.for("nexus-watch.public-cache"),
  publicationGeneration: Symbol.for("nexus-watch.publication-generation"),
  publicPages: Symbol.for("nexus-watch.public-pages"),
  collab: Symbol.for("nexus-watch.collab"),
});

function keyOf(name) {
  const key = KEYS[name];
  if (!key) throw new Error(`unknown process slot: ${name}`);
  return key;
}

/** The slot's value, or undefined when nothing was put there. */
export function readSlot(name) {
  return globalThis[keyOf(name)];
}

/** Puts a value in the slot; undefined empties it. */
export function writeSlot(name, value) {
  const key = keyOf(name);
  if (value === undefined) delete globalThis[key];
  else globalThis[key] = value;
}

/** The slot's value, created by `init` the first time. */
export function slotOrInit(name, init) {
  const key = keyOf(name);
  if (globalThis[key] === undefined) globalThis[key] = init();
  return globalThis[key];
}

/**
 * How many publications (approvals and retractions) this process has applied: its own at once,
 * other instances' once the public cache's poll sees them. The page cache keeps a rendered page
 * only while this counter stays where it was when the render began.
 */
export function publicationGeneration() {
  return readSlot("publicationGeneration") ?? 0;
}

export function bumpPublicationGeneration() {
  writeSlot("publicationGeneration", publicationGeneration() + 1);
}

/** What the app tells the server script about its public pages (server/start.ts registers it). */
export function registerPublicPages(publicPages) {
  writeSlot("publicPages", publicPages);
}

/** The app's public pages, or undefined before the app has started. */
export function publicPages() {
  return readSlot("publicPages");
}
