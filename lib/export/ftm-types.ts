import { createHash } from "node:crypto";

/**
 * One line of the FollowTheMoney export: `id`, `schema` and `properties`, every
 * property value an array of strings (FtM's own format), plus `provenance`, which FtM
 * tools ignore and people can use to trace each statement to its citations.
 */
export type FtmEntity = {
  id: string;
  schema: FtmSchema;
  properties: Record<string, string[]>;
  provenance: Provenance[];
};

export type FtmSchema = "Company" | "Note" | "Sanction" | "Ownership" | "EconomicActivity" | "UnknownLink";

/** Where a statement comes from: a reviewed page revision, or the citations of a reviewed claim. */
export type Provenance =
  | { kind: "page_revision"; url: string; revisionId: string; revision: number; publishedAt: string | null }
  | {
      kind: "claim";
      url: string;
      claimId: string;
      claimRevisionId: string;
      confidence: string;
      publishedAt: string | null;
      citations: Array<{
        sourceId: string;
        sourceUrl: string;
        sourcePage: string;
        title: string;
        publisher: string | null;
        author: string | null;
        publishedAt: string | null;
        accessedAt: string | null;
        archiveUrl: string | null;
        type: string;
        reliability: string;
        quote: string | null;
        locator: string | null;
      }>;
    };

export const PUBLISHER = "Nexus Watch";

/** FtM ids of what the export derives from an entity, a claim, or a sanctions listing on a page. */
export const ftmId = {
  entity: (id: string) => `nw-${id}`,
  claim: (id: string) => `nw-claim-${id}`,
  listing: (entityId: string, parts: ReadonlyArray<string | undefined>) =>
    `nw-sanction-${entityId}-${createHash("sha1").update(parts.map((p) => p ?? "").join("\u001f")).digest("hex").slice(0, 12)}`,
};

/** Properties with every value an array of non-empty, de-duplicated strings; empty properties left out. */
export function props(values: Record<string, ReadonlyArray<string | number | null | undefined> | string | number | null | undefined>) {
  const out: Record<string, string[]> = {};
  for (const [key, raw] of Object.entries(values)) {
    const list = (Array.isArray(raw) ? raw : [raw]) as ReadonlyArray<string | number | null | undefined>;
    const clean = [...new Set(list.flatMap((v) => (v === null || v === undefined || v === "" ? [] : [String(v)])))];
    if (clean.length) out[key] = clean;
  }
  return out;
}

/** FtM writes countries as lower-case ISO 3166-1 alpha-2 codes. */
export const ftmCountry = (code: string | undefined | null) => code?.toLowerCase();

/** A timestamp as an FtM date (YYYY-MM-DD). */
export const ftmDate = (iso: string | null | undefined) => iso?.slice(0, 10);
