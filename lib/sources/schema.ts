import { z } from "zod";
import { editSummary, httpUrl, isoDate, shortText, viewParam } from "@/lib/validation";
import { RELIABILITY_GRADES, SOURCE_TYPES } from "@/db/schema/vocabulary";

export { RELIABILITY_GRADES, SOURCE_TYPES };
export const SOURCE_TYPE_LABELS: Record<(typeof SOURCE_TYPES)[number], string> = {
  news: "News", government: "Government", court: "Court", customs_data: "Customs data",
  corporate_filing: "Corporate filing", ngo_report: "NGO report", academic: "Academic", other: "Other",
};

/** Admiralty scale source reliability: A completely reliable … E unreliable, F cannot be judged. */
export const RELIABILITY_LABELS: Record<(typeof RELIABILITY_GRADES)[number], string> = {
  A: "Completely reliable", B: "Usually reliable", C: "Fairly reliable",
  D: "Not usually reliable", E: "Unreliable", F: "Reliability cannot be judged",
};

export const sourceInput = z
  .object({
    /** The document's URL (http or https). */
    url: httpUrl,
    /** Title of the document. */
    title: shortText.max(500),
    /** Publisher, e.g. a newspaper or agency. */
    publisher: shortText.max(200).optional(),
    /** Author or authors. */
    author: shortText.max(200).optional(),
    /** Publication date (YYYY-MM-DD). */
    publishedAt: isoDate.optional(),
    /** Date the document was accessed (YYYY-MM-DD). */
    accessedAt: isoDate.optional(),
    /** Archived copy, e.g. on the Wayback Machine. */
    archiveUrl: httpUrl.optional(),
    /** Kind of document. */
    type: z.enum(SOURCE_TYPES).default("other"),
    /** Admiralty reliability grade. */
    reliability: z.enum(RELIABILITY_GRADES).default("F"),
  })
  .strict();
export type SourceInput = z.input<typeof sourceInput>;

/** Query of GET /sources/{id}. */
export const getSourceInput = z.object({ view: viewParam });

/**
 * POST /sources/{id}/revisions: a proposed change to a source's details, on top of
 * the revision the editor loaded. Omitted details carry over; null clears an optional
 * one. The URL is the source's identity and cannot change: cite another URL as another source.
 */
export const createSourceRevisionInput = z
  .object({
    /** The source's latestRevisionId when the editor loaded it (null if it had none). */
    baseRevisionId: z.uuid().nullable(),
    title: shortText.max(500).optional(),
    publisher: shortText.max(200).nullable().optional(),
    author: shortText.max(200).nullable().optional(),
    publishedAt: isoDate.nullable().optional(),
    accessedAt: isoDate.nullable().optional(),
    archiveUrl: httpUrl.nullable().optional(),
    type: z.enum(SOURCE_TYPES).optional(),
    reliability: z.enum(RELIABILITY_GRADES).optional(),
    /** What changed and why, for the reviewer. */
    summary: editSummary.optional(),
  })
  .strict();
export type CreateSourceRevisionInput = z.input<typeof createSourceRevisionInput>;
