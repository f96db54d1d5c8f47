import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { markTerms } from "../highlight";
import { excludedText, hanTerms, parseQuery, trigramText, websearchVariants } from "../query-text";
import { rowsOf } from "../rows";
import { SEARCH_TOTAL_CAP, type Facets, type ResultKind, type SearchHit, type SearchQuery, type SearchResult } from "../types";
import type { Ranking } from "./ranking";
import { matchOf, rankedStatement, typoStatement } from "./statements";
import { TS_CONFIG } from "./write-documents";

/**
 * A misspelled name still matches when its trigrams cover at least half of a name's
 * (pg_trgm's default of 0.6 misses a one-letter typo in a six-letter word).
 */
const WORD_SIMILARITY = "0.5";
/**
 * Fewer full-text matches than this (a page's worth) is a thin result: only then are names
 * also matched by trigram similarity, for a misspelled name. A query the full text answers
 * well never pays for the trigram scan.
 */
export const THIN_MATCHES = 20;

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
type ResultRow = {
  candidates: number | string;
  total: number | string;
  capped: boolean;
  hits: HitRow[] | string | null;
  facets: FacetRow[] | string | null;
};

const json = <T>(value: T | string | null): T | null => (typeof value === "string" ? (JSON.parse(value) as T) : value);
const EMPTY: SearchResult = { hits: [], total: 0, totalRelation: "eq", facets: { kind: {}, country: {}, tier: {} }, facetsRelation: "eq" };

/**
 * Full text first (ranked by `ranking`, see ranking.ts; totals and facets capped); when that
 * finds fewer than THIN_MATCHES, full text or trigram-similar names, ranked exactly. Both in
 * one transaction, which scopes its settings.
 */
export async function searchPostgres(db: Db, query: SearchQuery, ranking: Ranking): Promise<SearchResult> {
  const clauses = parseQuery(query.q);
  const variants = websearchVariants(clauses);
  if (variants.length === 0) return EMPTY;
  const m = matchOf(sql.join(variants.map((v) => sql`websearch_to_tsquery(${TS_CONFIG}, ${v})`), sql` || `), query);
  const trigram = trigramText(clauses);
  const excluded = excludedText(clauses);

  const row = await db.transaction(async (tx) => {
    // Local to this transaction: the trigram threshold, a bound on a runaway query, and no
    // sequential scans: for a word in a fifth of the documents the planner expects a table scan to
    // find a thousand matches soonest, but it detoasts and tests every document it passes (100 ms
    // for "2023" on the medium corpus), where the GIN index answers without reading them.
    await tx.execute(sql`select set_config('pg_trgm.word_similarity_threshold', ${WORD_SIMILARITY}, true),
                                set_config('statement_timeout', '10s', true),
                                set_config('enable_seqscan', 'off', true)`);
    const ranked = rowsOf<ResultRow>(await tx.execute(rankedStatement(m, query, ranking)))[0];
    if (!trigram || Number(ranked?.candidates ?? 0) >= THIN_MATCHES) return ranked;
    const notExcluded = excluded ? sql`websearch_to_tsquery(${TS_CONFIG}, ${excluded})` : null;
    return rowsOf<ResultRow>(await tx.execute(typoStatement(m, query, trigram, notExcluded)))[0];
  });
  if (!row) return EMPTY;

  const han = hanTerms(clauses);
  const hits = (json<HitRow[]>(row.hits) ?? []).map(
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
  const capped = row.capped === true || String(row.capped) === "true";
  return {
    hits,
    total: Math.min(Number(row.total), SEARCH_TOTAL_CAP),
    totalRelation: capped ? "gte" : "eq",
    facets: facetsFrom(json<FacetRow[]>(row.facets) ?? []),
    facetsRelation: Number(row.candidates) > SEARCH_TOTAL_CAP ? "gte" : "eq",
  };
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
