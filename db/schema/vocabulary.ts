/**
 * The value lists of the database's enums: the single source of the domain's vocabulary.
 * The schema builds its pgEnums from them (enums.ts); lib re-exports them beside their labels
 * and zod schemas (lib/entities/fields.ts, lib/claims/schema.ts, lib/sources/schema.ts).
 * No imports: browser code reaches this file through lib, and it must pull nothing else in.
 * Changing a list needs a migration (`npm run db:generate`).
 */
export const ENTITY_KINDS = ["firm", "route", "technology"] as const;

export const PREDICATES = [
  "supplies", "buys_from", "ships_via", "deals_in", "owned_by", "sanctioned_by", "located_in", "other",
] as const;

export const CONFIDENCES = ["confirmed", "probable", "alleged", "disputed"] as const;

export const SOURCE_TYPES = [
  "news", "government", "court", "customs_data", "corporate_filing", "ngo_report", "academic", "other",
] as const;

/** Admiralty scale source reliability: A completely reliable … E unreliable, F cannot be judged. */
export const RELIABILITY_GRADES = ["A", "B", "C", "D", "E", "F"] as const;
