import { createHash } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { bodyDoc } from "@/lib/editor/body-schema";
import { FIELD_SCHEMAS } from "@/lib/entities/fields";
import { rowsOf } from "@/lib/search/rows";
import { postgresEngine } from "@/lib/search/postgres/engine";
import { search } from "@/lib/search/search";
import { useSearchEngine } from "@/lib/search/engine";
import { createTestDatabase } from "@/test/db";
import { generateCorpus } from "./generate";
import { planClaims } from "./plan-claims";
import { planEntity } from "./plan-entities";
import { planPeople } from "./plan-people";

const TINY = { entities: 20, claimsPerEntity: 3, sources: 10 };
const SEED = 42;

async function fingerprint(database: Database): Promise<string> {
  const rows = rowsOf(await database.db.execute(sql`
    select json_agg(x order by x) as all from (
      select id::text || r.statement || r.status as x from claim_revisions r
      union all select id::text || title || status from entity_revisions
      union all select claim_revision_id::text || source_id::text || position from citations
      union all select coalesce(entity_revision_id, claim_revision_id)::text || action || actor_id::text || created_at::text from review_events
    ) t`));
  return createHash("sha256").update(JSON.stringify(rows)).digest("hex");
}

describe("benchmark corpus generator", () => {
  let a: Database;
  let b: Database;
  beforeAll(async () => {
    [a, b] = await Promise.all([createTestDatabase(), createTestDatabase()]);
    await generateCorpus(a.db, TINY, SEED);
    await generateCorpus(b.db, TINY, SEED);
  });
  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()]);
  });

  it("plans the same entities and claims from the same seed, and others from another", () => {
    const { people } = planPeople(SEED);
    const plan = (seed: number) => planClaims(seed, planEntity(seed, 7, people), TINY, people);
    expect(JSON.stringify(plan(SEED))).toBe(JSON.stringify(plan(SEED)));
    expect(JSON.stringify(plan(SEED + 1))).not.toBe(JSON.stringify(plan(SEED)));
  });

  it("writes identical rows, ids included, in two databases from the same seed", async () => {
    expect(await fingerprint(a)).toBe(await fingerprint(b));
  });

  it("publishes only approved revisions, each reviewed by someone other than its author", async () => {
    const [bad] = rowsOf<{ n: number }>(await a.db.execute(sql`
      select count(*)::int as n from (
        select r.status, r.author_id, r.reviewed_by from entities e join entity_revisions r on r.id = e.published_revision_id
        union all select r.status, r.author_id, r.reviewed_by from claims c join claim_revisions r on r.id = c.published_revision_id
      ) p where p.status <> 'approved' or p.reviewed_by is null or p.reviewed_by = p.author_id`));
    expect(bad!.n).toBe(0);
    const [counts] = rowsOf<{ published: number; all: number }>(await a.db.execute(sql`
      select count(*) filter (where published_revision_id is not null)::int as published, count(*)::int as all from claims`));
    expect(counts!.published / counts!.all).toBeGreaterThan(0.7);
  });

  it("leaves a review event and an audit row for every transition, and a citation on every claim revision", async () => {
    const [row] = rowsOf<{ unsubmitted: number; unapproved: number; uncited: number; events: number; audited: number }>(await a.db.execute(sql`
      select
        (select count(*)::int from claim_revisions r where r.status <> 'draft'
          and not exists (select 1 from review_events e where e.claim_revision_id = r.id and e.action = 'submit')) as unsubmitted,
        (select count(*)::int from entity_revisions r where r.status = 'approved'
          and not exists (select 1 from review_events e where e.entity_revision_id = r.id and e.action = 'approve')) as unapproved,
        (select count(*)::int from claim_revisions r where not exists (select 1 from citations c where c.claim_revision_id = r.id)) as uncited,
        (select count(*)::int from review_events) as events,
        (select count(*)::int from audit_log where action like '%_revision.%' and action not like '%.create') as audited`));
    expect(row).toMatchObject({ unsubmitted: 0, unapproved: 0, uncited: 0 });
    expect(row!.audited).toBe(row!.events);
  });

  it("writes fields and bodies the app's own schemas accept", async () => {
    const rows = rowsOf<{ kind: "firm" | "route" | "technology"; fields: unknown; body: unknown }>(await a.db.execute(sql`
      select e.kind, r.fields, r.body from entities e join entity_revisions r on r.entity_id = e.id`));
    for (const r of rows) {
      expect(FIELD_SCHEMAS[r.kind].safeParse(r.fields).success).toBe(true);
      expect(bodyDoc.safeParse(r.body).success).toBe(true);
    }
  });

  it("makes the showcase page a published firm with 20 published claims, findable by name once indexed", async () => {
    const [page] = rowsOf<{ slug: string; title: string; n: number }>(await a.db.execute(sql`
      select e.slug, r.title, (select count(*)::int from claims c where c.subject_entity_id = e.id and c.published_revision_id is not null) as n
      from entities e join entity_revisions r on r.id = e.published_revision_id where e.slug ~ '-0$'`));
    expect(page!.n).toBe(20);
    useSearchEngine(postgresEngine);
    await postgresEngine.reindexAll(a.db);
    const result = await search({ db: a.db, actor: null }, { q: page!.title.split(" ")[0] });
    expect(result.hits.some((h) => h.slug === page!.slug)).toBe(true);
  });
});
