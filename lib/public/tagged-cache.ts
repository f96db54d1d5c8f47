/**
 * A small in-memory cache whose entries carry tags, so that a publication can drop
 * exactly the entries it touches ("entity:<id>", "source:<id>", "index:home" …).
 *
 * It is deliberately not Next's data cache: that one persists in .next/cache across
 * restarts and database resets while its tag state lives only in memory, so a
 * missed invalidation would outlive the process. This one dies with the process.
 */
export type CacheOptions = {
  /** Entries kept at most; the least recently read go first. */
  maxEntries?: number;
  /** Age after which an entry is read again even without an invalidation (a safety net). */
  maxAgeMs?: number;
  now?: () => number;
};

type Entry = { value: unknown; tags: readonly string[]; storedAt: number };
type Flight = { promise: Promise<unknown>; epoch: number };

/** A loaded value and the tags to keep it under; `tags: null` returns it without keeping it (e.g. a miss). */
export type Tagged<T> = { value: T; tags: readonly string[] | null };

export class TaggedCache {
  private readonly entries = new Map<string, Entry>();
  private readonly inflight = new Map<string, Flight>();
  /** When each tag was last invalidated, on the `epoch` clock. */
  private readonly invalidatedAt = new Map<string, number>();
  /** Counts invalidations; a load that saw one of its tags invalidated meanwhile is not stored. */
  private epoch = 0;
  private clearedAt = 0;
  private readonly maxEntries: number;
  private readonly maxAgeMs: number;
  private readonly now: () => number;

  constructor(options: CacheOptions = {}) {
    this.maxEntries = options.maxEntries ?? 2_000;
    this.maxAgeMs = options.maxAgeMs ?? 15 * 60_000;
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.entries.size;
  }

  /**
   * The cached value of `key`, or the result of `load`, stored under the tags it
   * names. Concurrent reads of one key share a single load.
   */
  async read<T>(key: string, load: () => Promise<Tagged<T>>): Promise<T> {
    const hit = this.entries.get(key);
    if (hit && this.now() - hit.storedAt < this.maxAgeMs) {
      // Re-inserting keeps the Map in least-recently-read order for eviction.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit.value as T;
    }
    if (hit) this.entries.delete(key);

    const flying = this.inflight.get(key);
    if (flying && flying.epoch === this.epoch) return flying.promise as Promise<T>;

    const startedAt = this.epoch;
    const promise = load().then(({ value, tags }) => {
      if (tags && startedAt >= this.clearedAt && !this.invalidatedSince(tags, startedAt)) this.store(key, value, tags);
      return value;
    });
    this.inflight.set(key, { promise, epoch: startedAt });
    const forget = () => {
      if (this.inflight.get(key)?.promise === promise) this.inflight.delete(key);
    };
    promise.then(forget, forget);
    return promise;
  }

  /** Drops every entry carrying one of the tags; returns how many were dropped. */
  invalidate(tags: Iterable<string>): number {
    const dropped = new Set(tags);
    if (dropped.size === 0) return 0;
    this.epoch += 1;
    for (const tag of dropped) this.invalidatedAt.set(tag, this.epoch);
    let n = 0;
    for (const [key, entry] of this.entries) {
      if (entry.tags.some((t) => dropped.has(t))) {
        this.entries.delete(key);
        n += 1;
      }
    }
    this.pruneInvalidations();
    return n;
  }

  clear(): void {
    this.epoch += 1;
    this.clearedAt = this.epoch;
    this.entries.clear();
    this.inflight.clear();
  }

  private invalidatedSince(tags: readonly string[], epoch: number): boolean {
    return tags.some((t) => (this.invalidatedAt.get(t) ?? 0) > epoch);
  }

  private store(key: string, value: unknown, tags: readonly string[]) {
    this.entries.delete(key);
    this.entries.set(key, { value, tags, storedAt: this.now() });
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  /**
   * Invalidation marks only matter to loads still in flight; once none is older than
   * a mark it can go, so the map does not grow with every tag ever invalidated.
   */
  private pruneInvalidations() {
    const oldestFlight = Math.min(...[...this.inflight.values()].map((f) => f.epoch), this.epoch);
    for (const [tag, at] of this.invalidatedAt) if (at <= oldestFlight) this.invalidatedAt.delete(tag);
  }
}
