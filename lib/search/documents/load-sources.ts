import { and, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { sources } from "@/db/schema";
import { visibleSources, type View } from "@/lib/visibility";
import { clean, latinNamesOf, snippetTextOf, type SearchDocument } from "./document";

/** Source documents: the public sees a source once a published claim cites it (lib/sources/queries.ts). */
export async function loadSourceDocuments(db: Db, ids: string[], view: View): Promise<SearchDocument[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ id: sources.id, title: sources.title, publisher: sources.publisher, author: sources.author, url: sources.url })
    .from(sources)
    .where(and(inArray(sources.id, ids), visibleSources(view)));
  return rows.map((r) => {
    const title = clean(r.title);
    const facts = [r.publisher, r.author, hostOf(r.url)].flatMap((s) => (s ? [clean(s)] : []));
    return {
      type: "source",
      id: r.id,
      scope: view,
      kind: "source",
      entityKind: null,
      slug: null,
      title,
      subtitle: r.publisher ? clean(r.publisher) : null,
      names: [title],
      latinNames: latinNamesOf([title]),
      facts,
      body: "",
      extra: "",
      countries: [],
      tiers: [],
      snippetText: snippetTextOf([facts.join(" · ")]),
    } satisfies SearchDocument;
  });
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}
