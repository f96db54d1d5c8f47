import type { Ctx } from "@/lib/context";
import { parseInput } from "@/lib/parse";
import { viewFor } from "@/lib/visibility";
import { searchEngine } from "./engine";
import { indexBuildStatus } from "./index-build";
import { searchInput } from "./schema";
import type { SearchResult } from "./types";
import { visibleHits } from "./visible-hits";

export type SearchResponse = SearchResult & {
  /** The scope searched: a signed-out caller asking for workspace gets published. */
  scope: "published" | "workspace";
  /** While the index is being filled (a first start, a restore): how far it is. Results may be incomplete. */
  indexing: { done: number; total: number } | null;
};

/**
 * Search as the caller may see it. Members may ask for the workspace (latest revisions,
 * drafts and pending work); the public always searches the published edition, as
 * everywhere else in the API (lib/visibility.ts's viewFor).
 */
export async function search(ctx: Ctx, raw: unknown): Promise<SearchResponse> {
  const input = parseInput(searchInput, raw);
  const view = viewFor(ctx.actor, input.scope === "workspace" ? "latest" : "published");
  const [result, building] = await Promise.all([searchEngine().search(ctx.db, {
    q: input.q,
    view,
    kinds: input.kind ? [input.kind] : [],
    country: input.country,
    tier: input.tier,
    limit: input.limit,
    offset: input.offset,
  }), indexBuildStatus(ctx.db)]);
  return {
    ...result,
    hits: await visibleHits(ctx.db, result.hits, view),
    scope: view === "latest" ? "workspace" : "published",
    indexing: building ? { done: building.done, total: building.total } : null,
  };
}
