/**
 * Cache tags of the public edition. A page's data carries the tags of what it shows;
 * an approval or retraction invalidates the tags of what it changed (lib/public/touched.ts).
 */
export const entityTag = (id: string) => `entity:${id}`;
export const sourceTag = (id: string) => `source:${id}`;

/** Pages that list or count across entities, and so change with many publications. */
export const INDEX_TAGS = {
  /** The home page: counts, recently published pages and claims. */
  home: "index:home",
  /** The /firms, /routes, /technologies lists. */
  lists: "index:lists",
  /** The relationship graph. */
  graph: "index:graph",
  /** sitemap.xml: every public page and source. */
  sitemap: "index:sitemap",
} as const;
