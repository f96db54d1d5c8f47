import { sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { rows } from "@/test/security/fingerprint";

/** Each check counts rows that break a promise; all must be 0. */
const CHECKS: Record<string, SQL> = {
  // A first revision is audited with its subject ("entity.create", details.revisionId); later ones on their own.
  "entity revision without its audit row": sql`select count(*)::int as n from entity_revisions r
    where not exists (select 1 from audit_log a where (a.subject_id = r.id and a.action = 'entity_revision.create')
      or (a.subject_id = r.entity_id and a.action = 'entity.create' and a.details->>'revisionId' = r.id::text))`,
  "claim revision without its audit row": sql`select count(*)::int as n from claim_revisions r
    where not exists (select 1 from audit_log a where (a.subject_id = r.id and a.action = 'claim_revision.create')
      or (a.subject_id = r.claim_id and a.action = 'claim.create' and a.details->>'revisionId' = r.id::text))`,
  "review event without its audit row": sql`select count(*)::int as n from review_events e
    where not exists (select 1 from audit_log a where a.subject_id = coalesce(e.entity_revision_id, e.claim_revision_id, e.source_revision_id)
      and a.action like '%\_revision.' || e.action::text)`,
  "claim without a latest revision": sql`select count(*)::int as n from claims c
    where c.latest_revision_id is null or not exists (select 1 from claim_revisions r where r.id = c.latest_revision_id and r.claim_id = c.id)`,
  "entity without a latest revision": sql`select count(*)::int as n from entities e
    where e.latest_revision_id is null or not exists (select 1 from entity_revisions r where r.id = e.latest_revision_id and r.entity_id = e.id)`,
  "published entity pointer to a revision that is not approved": sql`select count(*)::int as n from entities e
    where e.published_revision_id is not null and not exists (select 1 from entity_revisions r where r.id = e.published_revision_id and r.status = 'approved')`,
  "published claim pointer to a revision that is not approved": sql`select count(*)::int as n from claims c
    where c.published_revision_id is not null and not exists (select 1 from claim_revisions r where r.id = c.published_revision_id and r.status = 'approved')`,
  "published source pointer to a revision that is not approved": sql`select count(*)::int as n from sources s
    where s.published_revision_id is not null and not exists (select 1 from source_revisions r where r.id = s.published_revision_id and r.status = 'approved')`,
  "source revision without its audit row": sql`select count(*)::int as n from source_revisions r
    where not exists (select 1 from audit_log a where a.subject_id = r.id and a.action = 'source_revision.create')`,
  "claim revision status without its review event": sql`select count(*)::int as n from claim_revisions r
    where r.status <> 'draft' and not exists (select 1 from review_events e where e.claim_revision_id = r.id and e.to_status = r.status)`,
};

/** The names of the broken promises, with how many rows break each; an empty object means consistent. */
export async function inconsistencies(db: Db): Promise<Record<string, number>> {
  const found: Record<string, number> = {};
  for (const [name, query] of Object.entries(CHECKS)) {
    const [row] = rows<{ n: number }>(await db.execute(query));
    if (row!.n > 0) found[name] = row!.n;
  }
  return found;
}

/** Of the ids a process reported as committed, those the database does not hold. */
export async function missing(db: Db, committed: { table: "entity_revisions" | "claim_revisions"; id: string }[]): Promise<string[]> {
  const lost: string[] = [];
  for (const { table, id } of committed) {
    const [row] = rows<{ n: number }>(await db.execute(sql`select count(*)::int as n from ${sql.identifier(table)} where id = ${id}`));
    if (row!.n !== 1) lost.push(`${table} ${id}`);
  }
  return lost;
}
