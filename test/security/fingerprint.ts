import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";

/** Rows of db.execute(): postgres.js answers an array, PGlite an object with `rows`. */
export function rows<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

/**
 * Tables whose change is not a write by the request itself: rate-limit counters and the
 * token's last-used time are bookkeeping every authenticated request updates.
 */
const BOOKKEEPING = new Set(["rate_limits", "api_tokens"]);

/**
 * Row count and a checksum of every row of every table in the public schema (new tables are
 * included by themselves): equal fingerprints before and after a request mean it wrote nothing.
 * `all` includes the bookkeeping tables too (e.g. to compare a restored backup with its original).
 */
export async function tableFingerprint(db: Db, { all = false } = {}): Promise<Record<string, string>> {
  const tables = rows<{ name: string }>(
    await db.execute(sql`select table_name as name from information_schema.tables
      where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`),
  ).map((t) => t.name).filter((name) => all || !BOOKKEEPING.has(name));
  const fingerprint: Record<string, string> = {};
  for (const table of tables) {
    const [row] = rows<{ n: number; h: string | null }>(
      await db.execute(sql`select count(*)::int as n, md5(string_agg(t::text, '|' order by t::text)) as h from ${sql.identifier(table)} t`),
    );
    fingerprint[table] = `${row!.n}:${row!.h ?? ""}`;
  }
  return fingerprint;
}

/**
 * A cheap per-request check (one query): row count and the newest row version (xmin) of every
 * table. An insert raises the count, a delete lowers it, an update gives a row a newer xmin.
 */
export async function changeMarker(db: Db): Promise<string> {
  const tables = await tableNames(db);
  const query = tables
    .map((t) => `select '${t}' as t, count(*)::text || ':' || coalesce(max(xmin::text::bigint), 0)::text as m from "${t}"`)
    .join(" union all ");
  return rows<{ t: string; m: string }>(await db.execute(sql.raw(query))).map((r) => `${r.t}=${r.m}`).join(",");
}

let cached: Promise<string[]> | undefined;
function tableNames(db: Db): Promise<string[]> {
  cached ??= db
    .execute(sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`)
    .then((result) => rows<{ name: string }>(result).map((r) => r.name).filter((n) => !BOOKKEEPING.has(n) && /^[a-z_0-9]+$/.test(n)));
  return cached;
}
