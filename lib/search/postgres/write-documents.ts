import { and, eq, inArray, notInArray, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { searchDocuments } from "@/db/schema";
import type { SearchDocument } from "../documents/document";
import { VIEWS } from "../documents/load";
import { hanBigrams } from "../transliterate";
import type { SubjectType } from "../types";

/** The text search configuration of migration 0005: "simple" behind unaccent. */
export const TS_CONFIG = sql.raw("'nexus_simple_unaccent'::regconfig");

const WEIGHTS = { A: sql.raw("'A'"), B: sql.raw("'B'"), C: sql.raw("'C'"), D: sql.raw("'D'") } as const;

function weighted(text: string, weight: keyof typeof WEIGHTS): SQL {
  // Han runs become character bigrams so that any two consecutive characters match.
  return sql`setweight(to_tsvector(${TS_CONFIG}, ${hanBigrams(text)}), ${WEIGHTS[weight]})`;
}

/** The weighted vector: names A, facts B, body and claims C, citations D. */
function documentVector(doc: SearchDocument): SQL {
  return sql`${weighted([...doc.names, ...doc.latinNames].join("\n"), "A")}
    || ${weighted(doc.facts.join("\n"), "B")}
    || ${weighted(doc.body, "C")}
    || ${weighted(doc.extra, "D")}`;
}

function trigramNames(doc: SearchDocument): SQL | null {
  const names = [...doc.names, ...doc.latinNames].join(" | ");
  return doc.type === "claim" || !names ? null : sql`lower(unaccent(${names}))`;
}

const INSERT_BATCH = 200;

const UPDATED_COLUMNS = [
  "kind", "entity_kind", "slug", "title", "subtitle", "countries", "tiers", "names", "snippet_text", "document",
] as const;
const fromExcluded = Object.fromEntries(
  [...UPDATED_COLUMNS.map((c) => [camel(c), sql.raw(`excluded.${c}`)]), ["updatedAt", sql`now()`]],
);

function camel(column: string): string {
  return column.replace(/_(\w)/g, (_, c: string) => c.toUpperCase());
}

/**
 * Makes the index hold exactly `docs` for these subjects: upserts what is there, deletes
 * what a view no longer shows. Upserts, not delete-and-insert, so two transactions
 * indexing the same subject wait for each other instead of failing on the primary key;
 * rows go in key order so they also lock in the same order.
 */
export async function replaceDocuments(db: Db, type: SubjectType, ids: string[], docs: SearchDocument[]): Promise<void> {
  if (ids.length === 0) return;
  const sorted = [...docs].sort((a, b) => (a.id === b.id ? a.scope.localeCompare(b.scope) : a.id < b.id ? -1 : 1));
  for (let i = 0; i < sorted.length; i += INSERT_BATCH) {
    await db
      .insert(searchDocuments)
      .values(
        sorted.slice(i, i + INSERT_BATCH).map((doc) => ({
          subjectType: doc.type,
          subjectId: doc.id,
          scope: doc.scope,
          kind: doc.kind,
          entityKind: doc.entityKind,
          slug: doc.slug,
          title: doc.title,
          subtitle: doc.subtitle,
          countries: doc.countries,
          tiers: doc.tiers,
          names: trigramNames(doc),
          snippetText: doc.snippetText,
          document: documentVector(doc),
        })),
      )
      .onConflictDoUpdate({
        target: [searchDocuments.subjectType, searchDocuments.subjectId, searchDocuments.scope],
        set: fromExcluded,
      });
  }
  for (const view of VIEWS) {
    const present = docs.filter((d) => d.scope === view).map((d) => d.id);
    await db.delete(searchDocuments).where(
      and(
        eq(searchDocuments.subjectType, type),
        eq(searchDocuments.scope, view),
        inArray(searchDocuments.subjectId, ids),
        present.length ? notInArray(searchDocuments.subjectId, present) : undefined,
      ),
    );
  }
}
