import type { Db } from "@/db/client";
import type { EntityKind } from "@/lib/entities/fields";
import type { ChplTier } from "@/lib/reference/chpl";
import type { View } from "@/lib/visibility";

export const SUBJECT_TYPES = ["entity", "claim", "source"] as const;
export type SubjectType = (typeof SUBJECT_TYPES)[number];

/** What a hit is, for the kind filter and facet: an entity's kind, or claim, or source. */
export const RESULT_KINDS = ["firm", "route", "technology", "claim", "source"] as const;
export type ResultKind = (typeof RESULT_KINDS)[number];

export type SubjectRef = { type: SubjectType; id: string };

/** A parsed, validated search, in the view the caller may read. */
export type SearchQuery = {
  q: string;
  view: View;
  kinds: ResultKind[];
  country?: string;
  tier?: ChplTier;
  limit: number;
  offset: number;
};

export type SearchHit = {
  type: SubjectType;
  id: string;
  /** The entity's slug, or for a claim its subject's; null for a source. */
  slug: string | null;
  /** The entity's kind, or for a claim its subject's; null for a source. */
  kind: EntityKind | null;
  title: string;
  /** For a claim the subject's title, for a source its publisher. */
  subtitle: string | null;
  /** Plain text around the matches; matched words sit between HIGHLIGHT_START and HIGHLIGHT_END. */
  snippet: string;
};

export type Facets = {
  /** Matches per result kind, counted under the country and tier filters. */
  kind: Partial<Record<ResultKind, number>>;
  /** Matches per country code, counted under the kind and tier filters. */
  country: Record<string, number>;
  /** Matches per CHPL tier, counted under the kind and country filters. */
  tier: Partial<Record<ChplTier, number>>;
};

/**
 * Totals stop counting at SEARCH_TOTAL_CAP: "eq" when `total` is exact, "gte" when there are at
 * least that many (the page says "1,000+ results"). Nobody reads a thousand hits, and counting
 * every match of a common word is what made broad searches slow.
 */
export const SEARCH_TOTAL_CAP = 1_000;
export type TotalRelation = "eq" | "gte";

export type SearchResult = {
  hits: SearchHit[];
  total: number;
  totalRelation: TotalRelation;
  facets: Facets;
  /** "gte" when the facets were counted over the first SEARCH_TOTAL_CAP matches only. */
  facetsRelation: TotalRelation;
};

export type ReindexProgress = (done: number, total: number) => void;

/**
 * One interface over both engines. Every method takes the database handle it should use,
 * so index updates join the caller's transaction.
 */
export interface SearchEngine {
  readonly name: "postgres" | "meilisearch";
  search(db: Db, query: SearchQuery): Promise<SearchResult>;
  /**
   * Inside the transaction of a change: brings the index up to date with these subjects
   * (PostgreSQL), or records them for the outbox worker (Meilisearch). Must not fail
   * because a search server is down.
   */
  indexChanges(tx: Db, changed: SubjectRef[]): Promise<void>;
  /** Rebuilds the whole index from the database. */
  reindexAll(db: Db, progress?: ReindexProgress): Promise<void>;
}
