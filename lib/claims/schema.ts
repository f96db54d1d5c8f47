import { z } from "zod";
import { sourceInput } from "@/lib/sources/schema";
import { editSummary, isoDate, shortText } from "@/lib/validation";
import { CONFIDENCES, PREDICATES } from "@/db/schema/vocabulary";
import type { ClaimValue as ClaimValueShape, Period as PeriodShape } from "@/db/schema/json-shapes";

export { CONFIDENCES, PREDICATES };
export type Predicate = (typeof PREDICATES)[number];
export const PREDICATE_LABELS: Record<Predicate, string> = {
  supplies: "supplies", buys_from: "buys from", ships_via: "ships via", deals_in: "deals in",
  owned_by: "owned by", sanctioned_by: "sanctioned by", located_in: "located in", other: "related to",
};

export type Confidence = (typeof CONFIDENCES)[number];

export const DATE_PRECISIONS = ["day", "month", "year"] as const;

export const datePoint = z
  .object({
    /** The date (YYYY-MM-DD); with a coarser precision the smaller parts are ignored. */
    date: isoDate,
    /** How much of the date is known. */
    precision: z.enum(DATE_PRECISIONS).default("day"),
  })
  .strict();

export const period = z
  .object({ start: datePoint.optional(), end: datePoint.optional() })
  .strict()
  .refine((p) => p.start || p.end, { message: "a period needs a start or an end" })
  .refine((p) => !p.start || !p.end || p.start.date <= p.end.date, {
    message: "start must not be after end",
    path: ["end"],
  }) satisfies z.ZodType<PeriodShape>;
export type Period = z.infer<typeof period>;

export const claimValue = z.union([
  z.object({
    /** A money amount. */
    amount: z.number().finite().nonnegative(),
    /** ISO 4217 currency code. */
    currency: z.string().regex(/^[A-Z]{3}$/, "must be an ISO 4217 currency code such as USD"),
  }).strict(),
  z.object({
    /** A counted or measured quantity. */
    quantity: z.number().finite().nonnegative(),
    /** Unit, e.g. "units", "kg", "shipments". */
    unit: shortText.max(40),
  }).strict(),
]) satisfies z.ZodType<ClaimValueShape>;
export type ClaimValue = z.infer<typeof claimValue>;

export const citationInput = z
  .object({
    /** An existing source. */
    sourceId: z.uuid().optional(),
    /** A new source (or a known URL, which reuses its source). */
    source: sourceInput.optional(),
    /** The exact words quoted from the source. */
    quote: z.string().trim().max(5000).optional(),
    /** Where in the source: page, section, timestamp. */
    locator: shortText.max(200).optional(),
  })
  .strict()
  .refine((c) => (c.sourceId ? !c.source : !!c.source), {
    message: "give either sourceId or source, not both",
  });
export type CitationInput = z.input<typeof citationInput>;

const claimContent = {
  /** The statement, one sentence or a few. */
  statement: z.string().trim().min(1, "must not be empty").max(2000),
  /** How the subject relates to the object entity. */
  predicate: z.enum(PREDICATES).optional(),
  /** Slug of the object entity. */
  objectSlug: z.string().trim().max(200).optional(),
  /** When the statement holds. */
  period: period.optional(),
  /** An amount or quantity. */
  value: claimValue.optional(),
  /** How sure the team is. */
  confidence: z.enum(CONFIDENCES),
  /** Sources backing the statement. */
  citations: z.array(citationInput).max(50).default([]),
  /** Edit summary. */
  summary: editSummary.optional(),
};

export const createClaimInput = z
  .object(claimContent)
  .strict()
  .refine((c) => !c.objectSlug || c.predicate, { message: "an object entity needs a predicate", path: ["predicate"] });
export type CreateClaimInput = z.input<typeof createClaimInput>;

export const createClaimRevisionInput = z
  .object({ baseRevisionId: z.uuid(), ...claimContent })
  .strict()
  .refine((c) => !c.objectSlug || c.predicate, { message: "an object entity needs a predicate", path: ["predicate"] });
export type CreateClaimRevisionInput = z.input<typeof createClaimRevisionInput>;
