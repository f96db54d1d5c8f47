import { sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { HIGHLIGHT_END, HIGHLIGHT_START, markTerms } from "../highlight";
import { excludedText, hanTerms, parseQuery, trigramText, websearchVariants } from "../query-text";
import type { Facets, ResultKind, SearchHit, SearchQuery, SearchResult } from "../types";
import { rowsOf } from "../rows";
import { TS_CONFIG } from "./write-documents";

/**
 * A misspelled name still matches when its trigrams cover at least half of a name's
 * (pg_trgm's default of 0.6 misses a one-letter typo in a six-letter word).
 */
const WORD_SIMILARITY = "0.5";
const HEADLINE_OPTIONS = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}, MaxWords=28, MinWords=10, ShortWord=1, MaxFragments=2, FragmentDelimiter=" … "`;

type HitRow = {
  subject_type: SearchHit["type"];
  subject_id: string;
  entity_kind: SearchHit["kind"];
  slug: string | null;
  title: string;
  subtitle: string | null;
  snippet: string | null;
};
type FacetRow = { facet: keyof Facets; value: string; n: number };
type ResultRow = { hits: HitRow[] | string | null; total: number | string; facets: FacetRow[] | string | null };

const json = <T>(value: T | string | null): T | null => (typeof value === "string" ? (JSON.parse(value) as T) : value);

/**
 * One statement: match (full text OR trigram on names) into a materialised set of narrow
 * rows, then the page of hits (only these fetch their snippet text and run ts_headline,
 * the costly part), the total, and facet counts. Each facet counts under the other two
 * filters, so a reader sees what switching it would give.
 */
export async function searchPostgres(db: Db, query: SearchQuery): Promise<SearchResult> {
  const clauses = parseQuery(query.q);
  const variants = websearchVariants(clauses);
  if (variants.length === 0) return { hits: [], total: 0, facets: { kind: {}, country: {}, tier: {} } };
  const tsquery = sql.join(variants.map((v) => sql`websearch_to_tsquery(${TS_CONFIG}, ${v})`), sql` || `);
  const trigram = trigramText(clauses);
  const excluded = excludedText(clauses);

  const trigramMatch = trigram
    ? sql`or (d.names %> q.trg${excluded ? sql` and not d.document @@ websearch_to_tsquery(${TS_CONFIG}, ${excluded})` : sql``})`
    : sql``;
  // A misspelled name ranks by how close it is, below a name that matched as written: ts_rank
  // of a name in A is about 0.6, shared out over the OR-ed spelling variants, so a trigram
  // score of at most 0.25 sits under it. Computing the similarity only where the text did not
  // match keeps broad queries cheap.
  const rank = trigram
    ? sql`case when d.document @@ q.tsq then ts_rank(d.document, q.tsq) else coalesce(word_similarity(q.trg, d.names), 0) * 0.25 end`
    : sql`ts_rank(d.document, q.tsq)`;
  // A literal, not a parameter, so the planner picks the partial index of this view.
  const scope = sql.raw(query.view === "published" ? "'published'" : "'latest'");

  const byKind = query.kinds.length ? sql`m.kind in (${sql.join(query.kinds.map((k) => sql`${k}`), sql`, `)})` : sql`true`;
  const byCountry = query.country ? sql`${query.country} = any(m.countries)` : sql`true`;
  const byTier = query.tier ? sql`${query.tier} = any(m.tiers)` : sql`true`;
  const all: SQL = sql`${byKind} and ${byCountry} and ${byTier}`;

  const statement = sql`
    with q as materialized (select (${tsquery}) as tsq, lower(unaccent(${trigram ?? ""})) as trg),
    m as materialized (
      select d.subject_type, d.subject_id, d.kind, d.title, d.countries, d.tiers, ${rank} as rank
      from search_documents d, q
      where d.scope = ${scope} and (d.document @@ q.tsq ${trigramMatch})
    ),
    page as (
      select * from m where ${all}
      order by rank desc, subject_type, title, subject_id
      limit ${query.limit} offset ${query.offset}
    )
    select
      (select coalesce(json_agg(h order by h.rank desc, h.subject_type, h.title, h.subject_id), '[]'::json) from (
        select p.subject_type, p.subject_id, d.entity_kind, d.slug, p.title, d.subtitle, p.rank,
               ts_headline(${TS_CONFIG}, d.snippet_text, q.tsq, ${HEADLINE_OPTIONS}) as snippet
        from page p
        join search_documents d on d.subject_type = p.subject_type and d.subject_id = p.subject_id and d.scope = ${scope}
        cross join q
      ) h) as hits,
      (select count(*)::int from m where ${all}) as total,
      (select coalesce(json_agg(f), '[]'::json) from (
        select 'kind' as facet, m.kind as value, count(*)::int as n from m where ${byCountry} and ${byTier} group by m.kind
        union all
        select 'country', c, count(*)::int from m, unnest(m.countries) c where ${byKind} and ${byTier} group by c
        union all
        select 'tier', t, count(*)::int from m, unnest(m.tiers) t where ${byKind} and ${byCountry} group by t
      ) f) as facets`;

  const row = await db.transaction(async (tx) => {
    // Local to this transaction: the trigram threshold, and a bound on a runaway query.
    await tx.execute(sql`select set_config('pg_trgm.word_similarity_threshold', ${WORD_SIMILARITY}, true),
                                set_config('statement_timeout', '10s', true)`);
    return rowsOf<ResultRow>(await tx.execute(statement))[0];
  });

  const han = hanTerms(clauses);
  const hits = (json<HitRow[]>(row?.hits ?? null) ?? []).map(
    (h): SearchHit => ({
      type: h.subject_type,
      id: h.subject_id,
      slug: h.slug,
      kind: h.entity_kind,
      title: h.title,
      subtitle: h.subtitle,
      snippet: markTerms(h.snippet ?? "", han),
    }),
  );
  return { hits, total: Number(row?.total ?? 0), facets: facetsFrom(json<FacetRow[]>(row?.facets ?? null) ?? []) };
}

function facetsFrom(rows: FacetRow[]): Facets {
  const facets: Facets = { kind: {}, country: {}, tier: {} };
  for (const r of rows) {
    if (r.facet === "kind") facets.kind[r.value as ResultKind] = r.n;
    else if (r.facet === "country") facets.country[r.value] = r.n;
    else facets.tier[r.value as keyof Facets["tier"]] = r.n;
  }
  return facets;
}
