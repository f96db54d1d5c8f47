import type { Db } from "@/db/client";
import { entityPath } from "@/lib/entities/sections";
import { partialDate } from "./partial-date";
import { publishedClaimBatches, type PublishedClaim } from "./published-batches";

/**
 * claims.csv: one row per citation of each published claim (RFC 4180: comma-separated,
 * CRLF line ends, every field that holds a comma, quote or line break quoted, quotes
 * doubled), with a header row. Text is written as it is: no spreadsheet "formula"
 * mangling, so the file stays a faithful copy of the published data.
 */
export const CLAIM_CSV_COLUMNS = [
  "claim_id", "claim_revision_id", "claim_url", "claim_published_at",
  "subject_id", "subject_kind", "subject_slug", "subject_title",
  "predicate", "object_id", "object_kind", "object_slug", "object_title",
  "statement", "confidence", "period_start", "period_end",
  "value_amount", "value_currency", "value_quantity", "value_unit",
  "citation_number", "quote", "locator",
  "source_id", "source_url", "source_title", "source_publisher", "source_author",
  "source_published_at", "source_accessed_at", "source_archive_url", "source_type", "source_reliability", "source_page_url",
] as const;

type Column = (typeof CLAIM_CSV_COLUMNS)[number];
type Row = Record<Column, string | number | null | undefined>;

export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: ReadonlyArray<string | number | null | undefined>): string {
  return values.map(csvField).join(",") + "\r\n";
}

export function claimRows(claim: PublishedClaim, origin: string): Row[] {
  const value = claim.value;
  const base = {
    claim_id: claim.id,
    claim_revision_id: claim.revision.id,
    claim_url: `${origin}${entityPath(claim.subject)}#claim-${claim.id}`,
    claim_published_at: claim.publishedAt,
    subject_id: claim.subject.id,
    subject_kind: claim.subject.kind,
    subject_slug: claim.subject.slug,
    subject_title: claim.subject.title,
    predicate: claim.predicate,
    object_id: claim.object?.id,
    object_kind: claim.object?.kind,
    object_slug: claim.object?.slug,
    object_title: claim.object?.title,
    statement: claim.statement,
    confidence: claim.confidence,
    period_start: partialDate(claim.period?.start),
    period_end: partialDate(claim.period?.end),
    value_amount: value && "amount" in value ? value.amount : null,
    value_currency: value && "amount" in value ? value.currency : null,
    value_quantity: value && "quantity" in value ? value.quantity : null,
    value_unit: value && "quantity" in value ? value.unit : null,
  };
  const noCitation = {
    citation_number: null, quote: null, locator: null, source_id: null, source_url: null, source_title: null,
    source_publisher: null, source_author: null, source_published_at: null, source_accessed_at: null,
    source_archive_url: null, source_type: null, source_reliability: null, source_page_url: null,
  };
  // Publishing needs a citation, so this is only a guard: a claim is never dropped silently.
  if (claim.citations.length === 0) return [{ ...base, ...noCitation }];
  return claim.citations.map((c, i) => ({
    ...base,
    citation_number: i + 1,
    quote: c.quote,
    locator: c.locator,
    source_id: c.source.id,
    source_url: c.source.url,
    source_title: c.source.title,
    source_publisher: c.source.publisher,
    source_author: c.source.author,
    source_published_at: c.source.publishedAt,
    source_accessed_at: c.source.accessedAt,
    source_archive_url: c.source.archiveUrl,
    source_type: c.source.type,
    source_reliability: c.source.reliability,
    source_page_url: `${origin}/sources/${c.source.id}`,
  }));
}

/** The CSV text, a header and then one chunk per database batch. */
export async function* claimsCsv(db: Db, origin: string): AsyncGenerator<string> {
  yield csvLine(CLAIM_CSV_COLUMNS);
  for await (const batch of publishedClaimBatches(db)) {
    yield batch.flatMap((claim) => claimRows(claim, origin)).map((row) => csvLine(CLAIM_CSV_COLUMNS.map((c) => row[c]))).join("");
  }
}
