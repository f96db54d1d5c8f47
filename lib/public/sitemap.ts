import { asc } from "drizzle-orm";
import type { Db } from "@/db/client";
import { sources } from "@/db/schema";
import { listEntities, type EntitySummary } from "@/lib/entities/queries";
import { visibleSources } from "@/lib/visibility";

export type SitemapData = {
  entities: Array<Pick<EntitySummary, "slug" | "kind" | "publishedAt">>;
  sourceIds: string[];
};

/** Every public entity page and source page, for sitemap.xml. */
export async function sitemapData(db: Db): Promise<SitemapData> {
  const ctx = { db, actor: null };
  const found: SitemapData["entities"] = [];
  let cursor: string | undefined;
  do {
    const page = await listEntities(ctx, { limit: 500, cursor });
    found.push(...page.items.map(({ slug, kind, publishedAt }) => ({ slug, kind, publishedAt })));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  const rows = await db.select({ id: sources.id }).from(sources).where(visibleSources("published")).orderBy(asc(sources.createdAt));
  return { entities: found, sourceIds: rows.map((r) => r.id) };
}

/** The most recent publication time among the pages, for the home page's lastModified. */
export function newest(entities: SitemapData["entities"]): string | null {
  return entities.reduce<string | null>((a, e) => (e.publishedAt && (!a || e.publishedAt > a) ? e.publishedAt : a), null);
}
