import { asc, count, gt } from "drizzle-orm";
import type { Db } from "@/db/client";
import { claims, entities, sources } from "@/db/schema";
import type { SubjectType } from "./types";

const TABLES = { entity: entities, claim: claims, source: sources } as const;

/** How many subjects of each type there are, for progress. */
export async function subjectCounts(db: Db): Promise<Record<SubjectType, number>> {
  const counts = { entity: 0, claim: 0, source: 0 };
  for (const type of Object.keys(TABLES) as SubjectType[]) {
    const [row] = await db.select({ n: count() }).from(TABLES[type]);
    counts[type] = row?.n ?? 0;
  }
  return counts;
}

/** Walks every subject id of a type in id order, a batch at a time (keyset paging: no OFFSET scans). */
export async function forEachIdBatch(db: Db, type: SubjectType, size: number, fn: (ids: string[]) => Promise<void>): Promise<void> {
  const table = TABLES[type];
  let after: string | null = null;
  for (;;) {
    const rows: Array<{ id: string }> = await db
      .select({ id: table.id })
      .from(table)
      .where(after ? gt(table.id, after) : undefined)
      .orderBy(asc(table.id))
      .limit(size);
    if (rows.length === 0) return;
    await fn(rows.map((r) => r.id));
    after = rows[rows.length - 1]!.id;
    if (rows.length < size) return;
  }
}
