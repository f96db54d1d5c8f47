/**
 * A counter of publications this process has applied (its own, and other instances' once the
 * public cache's poll sees them). The production server's page cache (scripts/page-cache.mjs)
 * keeps a rendered public page only while the counter is where it was when the render began.
 * On globalThis: the server script and Next's bundles are one process but separate module graphs.
 */
const KEY = Symbol.for("nexus-watch.publication-generation");
type Holder = { [KEY]?: number };

export function publicationGeneration(): number {
  return (globalThis as Holder)[KEY] ?? 0;
}

export function bumpPublicationGeneration(): void {
  const holder = globalThis as Holder;
  holder[KEY] = (holder[KEY] ?? 0) + 1;
}
