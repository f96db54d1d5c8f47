import { createMeiliEngine } from "./meili/engine";
import { postgresEngine } from "./postgres/engine";
import type { SearchEngine } from "./types";

/**
 * The configured engine: Meilisearch when MEILI_URL is set, else PostgreSQL. Kept on
 * globalThis, like the database, so every bundled copy of this module agrees.
 */
const KEY = Symbol.for("nexus-watch.search-engine");
type Holder = { [KEY]?: SearchEngine };

export function engineFromEnv(env: NodeJS.ProcessEnv = process.env): SearchEngine {
  if (!env.MEILI_URL) return postgresEngine;
  return createMeiliEngine({ host: env.MEILI_URL, apiKey: env.MEILI_KEY || undefined });
}

export function searchEngine(): SearchEngine {
  const holder = globalThis as Holder;
  holder[KEY] ??= engineFromEnv();
  return holder[KEY];
}

/** Tests pick the engine explicitly; null goes back to the environment's. */
export function useSearchEngine(engine: SearchEngine | null): void {
  const holder = globalThis as Holder;
  if (engine) holder[KEY] = engine;
  else delete holder[KEY];
}
