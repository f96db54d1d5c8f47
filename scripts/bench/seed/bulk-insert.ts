import { getTableColumns, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";

/**
 * Many rows in one statement: the rows travel as one JSON parameter and
 * `jsonb_populate_recordset` turns them into the table's row type. One round trip per
 * batch, no 65,535-parameter limit, the same on postgres.js and PGlite, and every
 * constraint and trigger of the table still applies (nothing bypasses the schema).
 * Every row must have the same keys; a missing value is written as NULL, not the default.
 */
export async function bulkInsert<T extends PgTable>(db: Db, table: T, rows: Array<T["$inferInsert"]>, batch = 5000): Promise<void> {
  if (rows.length === 0) return;
  const columns = getTableColumns(table) as Record<string, { name: string }>;
  const keys = Object.keys(rows[0] as object);
  const names = keys.map((k) => {
    const column = columns[k];
    if (!column) throw new Error(`bulkInsert: ${k} is not a column`);
    return column.name;
  });
  const list = sql.join(names.map((n) => sql.identifier(n)), sql`, `);
  for (let i = 0; i < rows.length; i += batch) {
    const json = JSON.stringify(
      rows.slice(i, i + batch).map((row) => {
        const out: Record<string, unknown> = {};
        keys.forEach((k, j) => (out[names[j]!] = (row as Record<string, unknown>)[k] ?? null));
        return out;
      }),
    );
    await db.execute(sql`insert into ${table} (${list}) select ${list} from jsonb_populate_recordset(null::${table}, ${json}::jsonb)`);
  }
}

export type Pointer = { id: string; published: string | null; latest: string; publishedAt: Date | null };

/** Sets the published and latest pointers once the revisions exist (the foreign keys point both ways). */
export async function setPointers(db: Db, table: "entities" | "claims", pointers: Pointer[], batch = 5000): Promise<void> {
  for (let i = 0; i < pointers.length; i += batch) {
    const json = JSON.stringify(pointers.slice(i, i + batch));
    await db.execute(sql`update ${sql.identifier(table)} t
      set published_revision_id = x.published, latest_revision_id = x.latest, published_at = x."publishedAt"
      from jsonb_to_recordset(${json}::jsonb) as x(id uuid, published uuid, latest uuid, "publishedAt" timestamptz)
      where t.id = x.id`);
  }
}
