import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { SearchResponse } from "@/lib/search/search";
import type { SearchScope } from "@/lib/search/hit-path";

/** Query keys of the search feature, from one place. */
export const searchKeys = {
  all: ["search"] as const,
  suggestions: (q: string, scope: SearchScope) => [...searchKeys.all, "suggestions", scope, q] as const,
};

export type SuggestParams = { q: string; scope: SearchScope; limit?: number };

/** GET /api/v1/search. A query the API refuses (say, only "-word") simply has no suggestions. */
export async function fetchSearch({ q, scope, limit = 8 }: SuggestParams, signal?: AbortSignal): Promise<SearchResponse> {
  const params = new URLSearchParams({ q, limit: String(limit), scope });
  const response = await fetch(`/api/v1/search?${params}`, { signal, headers: { accept: "application/json" } });
  if (response.status === 400) return { hits: [], total: 0, totalRelation: "eq", facets: { kind: {}, country: {}, tier: {} }, facetsRelation: "eq", scope: "published", indexing: null };
  if (!response.ok) throw new Error(`Search failed (${response.status})`);
  return (await response.json()) as SearchResponse;
}

/** Instant results for the header box; keeps the previous list on screen while the next loads. */
export function useSearchSuggestions(q: string, scope: SearchScope) {
  const trimmed = q.trim();
  return useQuery({
    queryKey: searchKeys.suggestions(trimmed, scope),
    queryFn: ({ signal }) => fetchSearch({ q: trimmed, scope }, signal),
    enabled: trimmed.length >= 2,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
    retry: false,
  });
}
