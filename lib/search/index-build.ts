import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { instanceSettings } from "@/db/schema";

/**
 * A background fill of an empty search index, as every app instance can see it: one row in
 * instance_settings while it runs, its progress rewritten after every batch. The row makes
 * one instance the builder (the others only report it), lets searches say that results are
 * incomplete, and outlives a builder that died: a row nobody has touched for STALE_AFTER_S
 * (or one marked interrupted by a clean shutdown) is taken over at the next start.
 */
const KEY = "search_index_build";
const STALE_AFTER_S = 120;
const STATUS_CACHE_MS = 2_000;

export type IndexBuild = { done: number; total: number; interrupted?: boolean };

const parse = (value: string): IndexBuild => {
  const v = JSON.parse(value) as Partial<IndexBuild>;
  return { done: Number(v.done ?? 0), total: Number(v.total ?? 0), interrupted: v.interrupted === true };
};

/**
 * Makes this process the builder: true when there was no build, or only a stale or interrupted
 * one; false while another instance is building. Atomic, so two instances starting together
 * never both build.
 */
export async function claimIndexBuild(db: Db, total: number): Promise<boolean> {
  const value = JSON.stringify({ done: 0, total } satisfies IndexBuild);
  const claimed = await db
    .insert(instanceSettings)
    .values({ key: KEY, value })
    .onConflictDoUpdate({
      target: instanceSettings.key,
      set: { value, updatedAt: sql`now()` },
      setWhere: sql`${instanceSettings.updatedAt} < now() - make_interval(secs => ${STALE_AFTER_S})
                    or ${instanceSettings.value}::jsonb ->> 'interrupted' = 'true'`,
    })
    .returning({ key: instanceSettings.key });
  statusCache.delete(db);
  return claimed.length > 0;
}

export async function reportIndexBuild(db: Db, progress: IndexBuild): Promise<void> {
  await db.update(instanceSettings).set({ value: JSON.stringify(progress), updatedAt: sql`now()` }).where(eq(instanceSettings.key, KEY));
}

/** The build ended: done (the row goes), or interrupted (the next start takes it over at once). */
export async function endIndexBuild(db: Db, outcome: "done" | IndexBuild): Promise<void> {
  if (outcome === "done") await db.delete(instanceSettings).where(eq(instanceSettings.key, KEY));
  else await reportIndexBuild(db, { ...outcome, interrupted: true });
  statusCache.delete(db);
}

/** True when a build was left unfinished and nobody is carrying it on. */
export async function abandonedIndexBuild(db: Db): Promise<boolean> {
  const [row] = await db
    .select({ stale: sql<boolean>`${instanceSettings.updatedAt} < now() - make_interval(secs => ${STALE_AFTER_S})`, value: instanceSettings.value })
    .from(instanceSettings)
    .where(eq(instanceSettings.key, KEY));
  return Boolean(row && (row.stale === true || String(row.stale) === "true" || parse(row.value).interrupted));
}

const statusCache = new WeakMap<Db, { at: number; status: Promise<IndexBuild | null> }>();

/**
 * The build in progress, or null when the index is complete: read at most every two seconds
 * per database handle, so searches do not pay a query each.
 */
export function indexBuildStatus(db: Db): Promise<IndexBuild | null> {
  const cached = statusCache.get(db);
  if (cached && Date.now() - cached.at < STATUS_CACHE_MS) return cached.status;
  const status = db
    .select({ value: instanceSettings.value })
    .from(instanceSettings)
    .where(eq(instanceSettings.key, KEY))
    .then(([row]) => (row ? parse(row.value) : null));
  statusCache.set(db, { at: Date.now(), status });
  status.catch(() => statusCache.delete(db));
  return status;
}
