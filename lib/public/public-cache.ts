import type { Db } from "@/db/client";
import { TaggedCache, type Tagged } from "./tagged-cache";
import { bumpPublicationGeneration, readSlot, slotOrInit } from "@/lib/process-state.mjs";
import { lastReviewEventId, publicationEventsSince, tagsTouchedBy } from "./touched";

/**
 * The cache of public reads, one per database handle. An approval or retraction
 * reaches it two ways:
 *  - on this instance, at once: lib/review/transition.ts calls announcePublication()
 *    after its transaction commits;
 *  - from any other instance (or a script), within POLL_MS: before serving, a read
 *    checks review_events — written in the same transaction as every publication —
 *    for approvals and retractions it has not seen yet.
 * Either way the same function (tagsTouchedBy) decides which entries go.
 */
export const POLL_MS = 1_000;
/** Review events can commit out of id order; ids this far below the newest seen are checked again. */
const LOOKBACK_IDS = 500;

export class PublicCache {
  // PUBLIC_CACHE_ENTRIES bounds memory: an entity page is tens of kilobytes, the graph a few megabytes.
  readonly entries = new TaggedCache({ maxEntries: Number(process.env.PUBLIC_CACHE_ENTRIES) || 1_000 });
  private watermark: number | null = null;
  private readonly seen = new Set<number>();
  private lastPoll = 0;
  private polling: Promise<void> | null = null;

  constructor(
    private readonly db: Db,
    private readonly now: () => number = Date.now,
  ) {}

  /** A cached public read: fresh as of the last publication anyone made, give or take POLL_MS. */
  async read<T>(key: string, load: () => Promise<Tagged<T>>): Promise<T> {
    await this.catchUp();
    return this.entries.read(key, load);
  }

  /** Drops what a publication of this revision touched. */
  async published(revisionId: string): Promise<void> {
    bumpPublicationGeneration();
    this.entries.invalidate(await tagsTouchedBy(this.db, revisionId));
  }

  /** Applies publications recorded since the last check, at most once per POLL_MS; concurrent readers share one check. */
  catchUp(force = false): Promise<void> {
    if (this.polling) return this.polling;
    if (!force && this.now() - this.lastPoll < POLL_MS) return Promise.resolve();
    this.lastPoll = this.now();
    this.polling = this.poll().finally(() => {
      this.polling = null;
    });
    return this.polling;
  }

  private async poll(): Promise<void> {
    if (this.watermark === null) {
      // Nothing is cached yet, so nothing committed so far can be stale: remember it as seen.
      const last = await lastReviewEventId(this.db);
      for (const event of await publicationEventsSince(this.db, Math.max(0, last - LOOKBACK_IDS))) this.seen.add(event.id);
      this.watermark = last;
      return;
    }
    const events = await publicationEventsSince(this.db, Math.max(0, this.watermark - LOOKBACK_IDS));
    for (const event of events) {
      if (this.seen.has(event.id)) continue;
      this.seen.add(event.id);
      await this.published(event.revisionId);
      this.watermark = Math.max(this.watermark, event.id);
    }
    for (const id of this.seen) if (id < this.watermark - LOOKBACK_IDS) this.seen.delete(id);
  }
}

/** The public cache of a database handle, created on first use. */
export function publicCache(db: Db): PublicCache {
  // A process slot: every bundled copy of this module must find the cache the others fill and invalidate.
  const caches = slotOrInit("publicCaches", () => new WeakMap());
  let cache = caches.get(db);
  if (!cache) {
    cache = new PublicCache(db);
    caches.set(db, cache);
  }
  return cache;
}

/**
 * Called after an approval or retraction commits. Does nothing when no public page
 * has been cached for this database (tests, scripts); never fails the publication
 * itself — if it cannot work out what changed, the next read's catch-up will.
 */
export async function announcePublication(db: Db, revisionId: string): Promise<void> {
  const cache = readSlot("publicCaches")?.get(db);
  if (!cache) return;
  try {
    await cache.published(revisionId);
  } catch (err) {
    console.error("[nexus] could not invalidate the public cache; the next read catches up", err);
  }
}
