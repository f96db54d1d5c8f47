import { entityPath, workspaceEntityPath } from "@/lib/entities/sections";
import type { SearchHit } from "./types";

export type SearchScope = "published" | "workspace";

/** Where a hit leads: the public page, or in workspace scope the workspace page with drafts. */
export function hitPath(hit: Pick<SearchHit, "type" | "id" | "slug" | "kind">, scope: SearchScope = "published"): string {
  if (hit.type === "source" || !hit.slug || !hit.kind) return `/sources/${hit.id}`;
  const page = scope === "workspace" ? workspaceEntityPath(hit.slug) : entityPath({ kind: hit.kind, slug: hit.slug });
  return hit.type === "claim" ? `${page}#claim-${hit.id}` : page;
}

/** The result kind of a hit, for grouping: an entity's kind, or claim, or source. */
export function hitKind(hit: Pick<SearchHit, "type" | "kind">): "firm" | "route" | "technology" | "claim" | "source" {
  if (hit.type === "entity" && hit.kind) return hit.kind;
  return hit.type === "claim" ? "claim" : "source";
}

export const KIND_LABELS = {
  firm: { one: "Firm", many: "Firms" },
  route: { one: "Route", many: "Routes" },
  technology: { one: "Technology", many: "Technologies" },
  claim: { one: "Claim", many: "Claims" },
  source: { one: "Source", many: "Sources" },
} as const;

/** The /search page URL for a query and filters; empty values are left out. */
export function searchPagePath(params: Record<string, string | number | undefined | null>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "" && !(key === "offset" && value === 0)) query.set(key, String(value));
  }
  const s = query.toString();
  return s ? `/search?${s}` : "/search";
}
