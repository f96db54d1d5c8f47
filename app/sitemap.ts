import type { MetadataRoute } from "next";
import { publicContext } from "@/app/_server/context";
import { pageOrigin } from "@/app/_server/site-url";
import { entityPath } from "@/lib/entities/sections";
import { readSitemap } from "@/lib/public/reads";
import { newest } from "@/lib/public/sitemap";

// Built per request from the live data (and the request's host), never at build time.
export const dynamic = "force-dynamic";

/** Every public page: the sections, the graph, the data page, each published entity and each cited source. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const ctx = await publicContext();
  const origin = await pageOrigin();
  const { entities, sourceIds } = await readSitemap(ctx.db);
  const latest = newest(entities) ?? undefined;
  return [
    { url: `${origin}/`, lastModified: latest, changeFrequency: "daily", priority: 1 },
    ...["/firms", "/routes", "/technologies", "/graph", "/data"].map((path) => ({
      url: `${origin}${path}`, lastModified: latest, changeFrequency: "daily" as const, priority: 0.8,
    })),
    ...entities.map((e) => ({ url: `${origin}${entityPath(e)}`, lastModified: e.publishedAt ?? undefined, priority: 0.6 })),
    ...sourceIds.map((id) => ({ url: `${origin}/sources/${id}`, priority: 0.3 })),
  ];
}
