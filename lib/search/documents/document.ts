import type { EntityKind } from "@/lib/entities/fields";
import type { ChplTier } from "@/lib/reference/chpl";
import type { View } from "@/lib/visibility";
import { stripMarkers } from "../highlight";
import { latinSpelling } from "../transliterate";
import type { ResultKind, SubjectType } from "../types";

/**
 * What either engine indexes about one subject in one view. Built only from rows read
 * through lib/visibility.ts, so a published document holds published words only.
 */
export type SearchDocument = {
  type: SubjectType;
  id: string;
  scope: View;
  kind: ResultKind;
  entityKind: EntityKind | null;
  slug: string | null;
  title: string;
  subtitle: string | null;
  /** Title and aliases as written (weight A). */
  names: string[];
  /** Latin spellings of names in other alphabets (weight A). */
  latinNames: string[];
  /** Facts (weight B). */
  facts: string[];
  /** Body text, claim statements (weight C). */
  body: string;
  /** Citation quotes and the like (weight D). */
  extra: string;
  countries: string[];
  tiers: ChplTier[];
  /** The text snippets are cut from. */
  snippetText: string;
};

export const SNIPPET_TEXT_LIMIT = 6_000;

/** Latin spellings of the names that are written in another alphabet. */
export function latinNamesOf(names: string[]): string[] {
  return [...new Set(names.flatMap((n) => latinSpelling(n) ?? []))];
}

/** Joins text parts for a snippet, markers removed, capped so ts_headline stays fast. */
export function snippetTextOf(parts: Array<string | null | undefined>): string {
  return stripMarkers(parts.filter(Boolean).join("\n")).slice(0, SNIPPET_TEXT_LIMIT);
}

export function clean(text: string): string {
  return stripMarkers(text);
}
