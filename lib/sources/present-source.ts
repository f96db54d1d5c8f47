import type { Source } from "@/db/schema";
import type { SourceSummary } from "@/lib/claims/queries";
import type { SourceWithClaims } from "./queries";
import { sourceDetails } from "./source-details";

/** A source as the API gives it: the document's own fields, without who entered it or the dedup key. */
export type SourceView = SourceSummary & { createdAt: string };

export function presentSource(s: Source): SourceView {
  return { id: s.id, url: s.url, ...sourceDetails(s), createdAt: s.createdAt.toISOString() };
}

/** GET /sources/{id}: the source, and the claims citing it as the caller may see them. */
export function presentSourceWithClaims({ source, claims }: SourceWithClaims) {
  return { ...presentSource(source), claims };
}
