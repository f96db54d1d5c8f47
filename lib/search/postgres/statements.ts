import { sql, type SQL } from "drizzle-orm";
import { HIGHLIGHT_END, HIGHLIGHT_START } from "../highlight";
import { SEARCH_TOTAL_CAP, type SearchQuery } from "../types";
import type { Ranking } from "./ranking";
import { TS_CONFIG } from "./write-documents";

const HEADLINE_OPTIONS = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}, MaxWords=28, MinWords=10, ShortWord=1, MaxFragments=2, FragmentDelimiter=" … "`;
/** One more than the cap: finding it says "there are more". */
const CAP_PLUS_ONE = SEARCH_TOTAL_CAP + 1;

/** What every statement of one search shares. */
export type Match = {
  /**
   * The tsquery, written out wherever it is used rather than read from a CTE: the RUM index can
   * order by `document <=> q` only when q is a constant of the statement.
   */
  tsq: SQL;
  /** A literal, not a parameter, so the planner picks the partial indexes of this view. */
  scope: SQL;
  /** Each filter over the columns kind, countries, tiers (of search_documents or of the candidates). */
  byKind: SQL;
  byCountry: SQL;
  byTier: SQL;
  /** True when any filter is set. */
  filtered: boolean;
};

export function matchOf(tsquery: SQL, query: SearchQuery): Match {
  return {
    tsq: sql`(${tsquery})`,
    scope: sql.raw(query.view === "published" ? "'published'" : "'latest'"),
    byKind: query.kinds.length ? sql`kind in (${sql.join(query.kinds.map((k) => sql`${k}`), sql`, `)})` : sql`true`,
    byCountry: query.country ? sql`${query.country} = any(countries)` : sql`true`,
    byTier: query.tier ? sql`${query.tier} = any(tiers)` : sql`true`,
    filtered: Boolean(query.kinds.length || query.country || query.tier),
  };
}

/** Facet counts over `from` (the candidates), each under the other two filters. */
function facetsOver(m: Match, from: SQL): SQL {
  return sql`(select coalesce(json_agg(f), '[]'::json) from (
    select 'kind' as facet, kind as value, count(*)::int as n from ${from} where ${m.byCountry} and ${m.byTier} group by kind
    union all
    select 'country', u.v, count(*)::int from ${from}, unnest(countries) u(v) where ${m.byKind} and ${m.byTier} group by u.v
    union all
    select 'tier', u.v, count(*)::int from ${from}, unnest(tiers) u(v) where ${m.byKind} and ${m.byCountry} group by u.v
  ) f)`;
}

/** The page's rows (subject_type, subject_id, pos) with their snippets: ts_headline runs for these only. */
function hitsOf(m: Match, page: SQL): SQL {
  return sql`(select coalesce(json_agg(h order by h.pos), '[]'::json) from (
    select p.pos, d.subject_type, d.subject_id, d.entity_kind, d.slug, d.title, d.subtitle,
           ts_headline(${TS_CONFIG}, d.snippet_text, ${m.tsq}, ${HEADLINE_OPTIONS}) as snippet
    from ${page} p
    join search_documents d on d.subject_type = p.subject_type and d.subject_id = p.subject_id and d.scope = ${m.scope}
  ) h)`;
}

/**
 * The full-text search, doing only what one page needs:
 * - candidates: the first SEARCH_TOTAL_CAP + 1 matches the index finds (in table order: a bitmap
 *   scan reads them page by page, far cheaper than fetching the best-ranked thousand one by one).
 *   Facets are counted over them, and so is the total when they hold every match or no filter is
 *   set; past the cap the total says "gte".
 * - the page: with RUM the top of the index under the filters (`ORDER BY document <=> q`, ranked
 *   inside the index); with GIN ts_rank over every filtered match (the fallback's cost).
 * - snippets for the page's rows only.
 * Answers one row: candidates (how many, up to the cap + 1), total, capped (total past the cap), hits, facets.
 */
export function rankedStatement(m: Match, query: SearchQuery, ranking: Ranking): SQL {
  const all = sql`${m.byKind} and ${m.byCountry} and ${m.byTier}`;
  const matches = sql`scope = ${m.scope} and document @@ ${m.tsq}`;
  const order = ranking === "rum" ? sql`document <=> ${m.tsq}` : sql`ts_rank(document, ${m.tsq}) desc, subject_type, title, subject_id`;
  const total = m.filtered
    ? sql`case when (select n from cn) <= ${SEARCH_TOTAL_CAP} then (select count(*)::int from c where ${all})
          else (select count(*)::int from (select 1 from search_documents where ${matches} and ${all} limit ${CAP_PLUS_ONE}) x) end`
    : sql`(select n from cn)`;
  return sql`
    with c as materialized (
      select kind, countries, tiers from search_documents where ${matches} limit ${CAP_PLUS_ONE}
    ),
    cn as materialized (select count(*)::int as n from c),
    t as materialized (select ${total} as n),
    page as materialized (
      select subject_type, subject_id, row_number() over () as pos from (
        select subject_type, subject_id from search_documents where ${matches} and ${all}
        order by ${order} limit ${query.limit} offset ${query.offset}) s
    )
    select (select n from cn) as candidates, (select n from t) as total, (select n from t) > ${SEARCH_TOTAL_CAP} as capped,
           ${hitsOf(m, sql`page`)} as hits, ${facetsOver(m, sql`c`)} as facets`;
}

/**
 * When the full text finds little: full text OR trigram similarity of names (misspelled names),
 * ranked exactly (ts_rank, or a quarter of the similarity for a trigram-only match, which keeps
 * near-misses under words matched as written). Candidates stop at the cap like everywhere else.
 */
export function typoStatement(m: Match, query: SearchQuery, trigram: string, excluded: SQL | null): SQL {
  const all = sql`${m.byKind} and ${m.byCountry} and ${m.byTier}`;
  const notExcluded = excluded ? sql`and not d.document @@ ${excluded}` : sql``;
  const rank = sql`case when d.document @@ ${m.tsq} then ts_rank(d.document, ${m.tsq}) else coalesce(word_similarity(q.trg, d.names), 0) * 0.25 end`;
  return sql`
    with q as materialized (select lower(unaccent(${trigram})) as trg),
    c as materialized (
      select d.subject_type, d.subject_id, d.kind, d.title, d.countries, d.tiers, ${rank} as rank
      from search_documents d, q
      where d.scope = ${m.scope} and (d.document @@ ${m.tsq} or (d.names %> q.trg ${notExcluded}))
      limit ${CAP_PLUS_ONE}
    ),
    cn as materialized (select count(*)::int as n from c),
    page as materialized (
      select subject_type, subject_id, row_number() over () as pos from (
        select * from c where ${all} order by rank desc, subject_type, title, subject_id
        limit ${query.limit} offset ${query.offset}) s
    )
    select (select n from cn) as candidates, (select count(*)::int from c where ${all}) as total,
           (select n from cn) > ${SEARCH_TOTAL_CAP} as capped, ${hitsOf(m, sql`page`)} as hits, ${facetsOver(m, sql`c`)} as facets`;
}
