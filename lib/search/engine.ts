import { createMeiliEngine } from "./meili/engine";
import { postgresEngine } from "./postgres/engine";
import type { SearchEngine } from "./types";
import { slotOrInit, writeSlot } from "@/lib/process-state.mjs";

export function engineFromEnv(env: NodeJS.ProcessEnv = process.env): SearchEngine {
  if (!env.MEILI_URL) return postgresEngine;
  return createMeiliEngine({ host: env.MEILI_URL, apiKey: env.MEILI_KEY || undefined });
}

/**
 * The configured engine: Meilisearch when MEILI_URL is set, else PostgreSQL. A process slot,
 * like the database, so every bundled copy of this module agrees.
 */
export function searchEngine(): SearchEngine {
  return slotOrInit("searchEngine", engineFromEnv);
}

/** Tests pick the engine explicitly; null goes back to the environment's. */
export function useSearchEngine(engine: SearchEngine | null): void {
  writeSlot("searchEngine", engine ?? undefined);
}
