import { FIELD_SCHEMAS, REGISTRATION_LABELS, type EntityKind } from "@/lib/entities/fields";
import { CHPL_TIER_LABELS, chplTierOf, formatHsCode, type ChplTier } from "@/lib/reference/chpl";
import { countryName } from "@/lib/reference/countries";

export type Facts = {
  /** Searchable facts (weight B): countries, identifiers, sanctions, HS codes, … */
  text: string[];
  /** Country codes for the country filter. */
  countries: string[];
  /** CHPL tiers for the tier filter. */
  tiers: ChplTier[];
};

const NONE: Facts = { text: [], countries: [], tiers: [] };

/** What an entity's kind-specific fields contribute to search. */
export function factsOf(kind: EntityKind, raw: unknown): Facts {
  if (kind === "firm") {
    const parsed = FIELD_SCHEMAS.firm.safeParse(raw);
    if (!parsed.success) return NONE;
    const f = parsed.data;
    const countries = f.country ? [f.country] : [];
    return {
      countries,
      tiers: [],
      text: [
        ...countries.flatMap((c) => [c, countryName(c)]),
        ...f.registrations.flatMap((r) => [r.value, REGISTRATION_LABELS[r.scheme]]),
        ...f.roles.map((r) => r.replace("_", " ")),
        ...f.sanctions.flatMap((s) => [s.program, s.authority ?? "", s.reference ?? ""]),
        f.website ?? "",
      ].filter(Boolean),
    };
  }
  if (kind === "route") {
    const parsed = FIELD_SCHEMAS.route.safeParse(raw);
    if (!parsed.success) return NONE;
    const f = parsed.data;
    const countries = [...new Set([f.origin, ...f.transit.map((t) => t.country), f.destination])];
    return {
      countries,
      tiers: [],
      text: [...countries.map(countryName), ...f.transit.map((t) => t.hub ?? ""), ...f.modes].filter(Boolean),
    };
  }
  const parsed = FIELD_SCHEMAS.technology.safeParse(raw);
  if (!parsed.success) return NONE;
  const f = parsed.data;
  const tiers = new Set<ChplTier>();
  if (f.chplTier) tiers.add(f.chplTier);
  for (const code of f.hsCodes) {
    const tier = chplTierOf(code);
    if (tier) tiers.add(tier);
  }
  return {
    countries: [],
    tiers: [...tiers],
    text: [
      ...f.hsCodes.flatMap((c) => [c, formatHsCode(c)]),
      ...[...tiers].map((t) => CHPL_TIER_LABELS[t]),
      ...f.controls.map((c) => c.reference),
      f.category ?? "",
    ].filter(Boolean),
  };
}
