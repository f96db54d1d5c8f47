import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { claimRevisions, claims, entities, entityRevisions } from "@/db/schema";
import { claimPointer, entityPointer, visibleClaims, visibleEntities, type View } from "@/lib/visibility";
import { bodyText } from "./body-text";
import { clean, latinNamesOf, snippetTextOf, type SearchDocument } from "./document";
import { factsOf } from "./facts";

const CLAIMS_TEXT_LIMIT = 100_000;

/**
 * Entity documents as the view sees them: the revision the view points at, and the
 * statements of the claims the view may read (an entity is also found by its claims).
 * Entities the view may not see get no document.
 */
export async function loadEntityDocuments(db: Db, ids: string[], view: View): Promise<SearchDocument[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({
      id: entities.id,
      kind: entities.kind,
      slug: entities.slug,
      title: entityRevisions.title,
      aliases: entityRevisions.aliases,
      fields: entityRevisions.fields,
      body: entityRevisions.body,
    })
    .from(entities)
    .innerJoin(entityRevisions, eq(entityRevisions.id, entityPointer(view)))
    .where(and(inArray(entities.id, ids), visibleEntities(view)));
  if (rows.length === 0) return [];

  const statements = await db
    .select({ subjectId: claims.subjectEntityId, statement: claimRevisions.statement })
    .from(claims)
    .innerJoin(claimRevisions, eq(claimRevisions.id, claimPointer(view)))
    .where(and(inArray(claims.subjectEntityId, rows.map((r) => r.id)), visibleClaims(view)))
    .orderBy(asc(claims.createdAt));
  const claimText = new Map<string, string[]>();
  for (const s of statements) {
    const list = claimText.get(s.subjectId) ?? [];
    list.push(clean(s.statement));
    claimText.set(s.subjectId, list);
  }

  return rows.map((r) => {
    const names = [r.title, ...r.aliases.map((a) => a.name)].map(clean);
    const facts = factsOf(r.kind, r.fields);
    const body = clean(bodyText(r.body));
    // Capped: a hub page with thousands of claims must not outgrow a tsvector (1 MB); each
    // claim is also found through its own document.
    const claimsText = (claimText.get(r.id) ?? []).join("\n").slice(0, CLAIMS_TEXT_LIMIT);
    return {
      type: "entity",
      id: r.id,
      scope: view,
      kind: r.kind,
      entityKind: r.kind,
      slug: r.slug,
      title: clean(r.title),
      subtitle: null,
      names,
      latinNames: latinNamesOf(names),
      facts: facts.text.map(clean),
      body: [body, claimsText].filter(Boolean).join("\n"),
      extra: "",
      countries: facts.countries,
      tiers: facts.tiers,
      // Other names first: when only the title matched, the snippet shows what else it is called.
      snippetText: snippetTextOf([names.slice(1).join(" · "), body, claimsText]),
    } satisfies SearchDocument;
  });
}
