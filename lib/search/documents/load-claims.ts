import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { citations, claimRevisions, claims, entities, entityRevisions } from "@/db/schema";
import type { EntityKind } from "@/lib/entities/fields";
import type { ChplTier } from "@/lib/reference/chpl";
import { claimPointer, entityPointer, visibleClaims, visibleEntities, type View } from "@/lib/visibility";
import { clean, snippetTextOf, type SearchDocument } from "./document";
import { factsOf } from "./facts";

type EntityInfo = { slug: string; kind: EntityKind; title: string; countries: string[]; tiers: ChplTier[] };

/** Slug, kind, title, countries and tiers of entities as the view sees them. */
async function entityInfo(db: Db, ids: string[], view: View): Promise<Map<string, EntityInfo>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: entities.id, slug: entities.slug, kind: entities.kind, title: entityRevisions.title, fields: entityRevisions.fields })
    .from(entities)
    .innerJoin(entityRevisions, eq(entityRevisions.id, entityPointer(view)))
    .where(and(inArray(entities.id, [...new Set(ids)]), visibleEntities(view)));
  return new Map(
    rows.map((r) => {
      const facts = factsOf(r.kind, r.fields);
      return [r.id, { slug: r.slug, kind: r.kind, title: r.title, countries: facts.countries, tiers: facts.tiers }];
    }),
  );
}

/**
 * Claim documents as the view sees them. A claim takes its subject's countries (and its
 * kind and slug, to link to it), and the CHPL tiers of a technology it is about or names.
 */
export async function loadClaimDocuments(db: Db, ids: string[], view: View): Promise<SearchDocument[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({
      id: claims.id,
      subjectId: claims.subjectEntityId,
      revisionId: claimRevisions.id,
      statement: claimRevisions.statement,
      objectId: claimRevisions.objectEntityId,
    })
    .from(claims)
    .innerJoin(claimRevisions, eq(claimRevisions.id, claimPointer(view)))
    .where(and(inArray(claims.id, ids), visibleClaims(view)));
  if (rows.length === 0) return [];

  const info = await entityInfo(db, rows.flatMap((r) => (r.objectId ? [r.subjectId, r.objectId] : [r.subjectId])), view);
  const quotes = await db
    .select({ revisionId: citations.claimRevisionId, quote: citations.quote })
    .from(citations)
    .where(inArray(citations.claimRevisionId, rows.map((r) => r.revisionId)));
  const quotesOf = new Map<string, string[]>();
  for (const q of quotes) {
    if (!q.quote) continue;
    const list = quotesOf.get(q.revisionId) ?? [];
    list.push(clean(q.quote));
    quotesOf.set(q.revisionId, list);
  }

  return rows.flatMap((r) => {
    const subject = info.get(r.subjectId);
    // visibleClaims already demands a visible subject; a missing one means it vanished mid-read.
    if (!subject) return [];
    const object = r.objectId ? info.get(r.objectId) : undefined;
    const statement = clean(r.statement);
    const extra = (quotesOf.get(r.revisionId) ?? []).join("\n");
    return [
      {
        type: "claim",
        id: r.id,
        scope: view,
        kind: "claim",
        entityKind: subject.kind,
        slug: subject.slug,
        title: statement,
        subtitle: clean(subject.title),
        names: [],
        latinNames: [],
        facts: [],
        body: statement,
        extra: [clean(subject.title), extra].filter(Boolean).join("\n"),
        countries: subject.countries,
        tiers: [...new Set([...subject.tiers, ...(object?.tiers ?? [])])],
        snippetText: snippetTextOf([statement, extra]),
      } satisfies SearchDocument,
    ];
  });
}
