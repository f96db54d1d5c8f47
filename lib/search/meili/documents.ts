import type { Settings } from "meilisearch";
import type { View } from "@/lib/visibility";
import type { SearchDocument } from "../documents/document";
import { hanRuns, bigramsOf } from "../transliterate";
import { SEARCH_MAX_LIMIT, SEARCH_MAX_OFFSET } from "../schema";
import type { ResultKind, SubjectType } from "../types";

/** A search document as Meilisearch stores it: one per subject and view, like the PostgreSQL table. */
export type MeiliDocument = {
  id: string;
  scope: View;
  type: SubjectType;
  subjectId: string;
  kind: ResultKind;
  entityKind: string | null;
  slug: string | null;
  title: string;
  subtitle: string | null;
  names: string[];
  latinNames: string[];
  /** Han character bigrams of names and body, so any two consecutive characters match whatever the segmenter does. */
  han: string;
  facts: string[];
  body: string;
  extra: string;
  countries: string[];
  tiers: string[];
  snippet: string;
};

/** Meilisearch ids allow letters, digits, "-" and "_": scope, type and uuid fit. */
export function meiliId(scope: View, type: SubjectType, id: string): string {
  return `${scope}_${type}_${id}`;
}

export function toMeiliDocument(doc: SearchDocument): MeiliDocument {
  const han = [...doc.names, doc.body].flatMap(hanRuns).flatMap(bigramsOf).join(" ");
  return {
    id: meiliId(doc.scope, doc.type, doc.id),
    scope: doc.scope,
    type: doc.type,
    subjectId: doc.id,
    kind: doc.kind,
    entityKind: doc.entityKind,
    slug: doc.slug,
    title: doc.title,
    subtitle: doc.subtitle,
    names: doc.names,
    latinNames: doc.latinNames,
    han,
    facts: doc.facts,
    body: doc.body,
    extra: doc.extra,
    countries: doc.countries,
    tiers: doc.tiers,
    snippet: doc.snippetText,
  };
}

/**
 * Index settings. Searchable attributes in ranking order mirror the PostgreSQL weights
 * (names over facts over body over citations); the "attribute" rule makes that order count.
 */
export const MEILI_SETTINGS: Settings = {
  searchableAttributes: ["names", "latinNames", "han", "facts", "body", "extra"],
  filterableAttributes: ["scope", "type", "kind", "countries", "tiers"],
  displayedAttributes: ["id", "type", "subjectId", "entityKind", "slug", "title", "subtitle", "snippet"],
  rankingRules: ["words", "typo", "proximity", "attribute", "exactness"],
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
  faceting: { maxValuesPerFacet: 300 },
  // Meilisearch ranks no further than the last page a reader can reach (offset ≤ 1,000 + a page).
  pagination: { maxTotalHits: SEARCH_MAX_OFFSET + SEARCH_MAX_LIMIT },
};
