import { z } from "zod";
import { isCountryCode } from "@/lib/reference/countries";
import { CHPL_TIERS, hsDigits } from "@/lib/reference/chpl";
import { httpUrl, isoDate, shortText } from "@/lib/validation";
import { ENTITY_KINDS } from "@/db/schema/vocabulary";

export { ENTITY_KINDS };
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** ISO 3166-1 alpha-2 country code, upper case. */
export const countryCode = z
  .string()
  .transform((s) => s.trim().toUpperCase())
  .refine(isCountryCode, { message: "must be an ISO 3166-1 alpha-2 country code" });

export const FIRM_ROLES = [
  "manufacturer", "distributor", "intermediary", "logistics", "end_user", "financial",
] as const;

export const REGISTRATION_SCHEMES = ["ru_inn", "ru_ogrn", "cn_uscc", "hk_cr", "lei", "other"] as const;
export type RegistrationScheme = (typeof REGISTRATION_SCHEMES)[number];

export const REGISTRATION_LABELS: Record<RegistrationScheme, string> = {
  ru_inn: "RU INN", ru_ogrn: "RU OGRN", cn_uscc: "CN unified social credit code",
  hk_cr: "HK company number", lei: "LEI", other: "Other",
};

const REGISTRATION_FORMATS: Record<RegistrationScheme, RegExp> = {
  ru_inn: /^(\d{10}|\d{12})$/,
  ru_ogrn: /^(\d{13}|\d{15})$/,
  cn_uscc: /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/,
  hk_cr: /^\d{7,8}$/,
  lei: /^[0-9A-Z]{18}\d{2}$/,
  other: /^.{1,64}$/,
};

export const registration = z
  .object({
    /** Identifier scheme. */
    scheme: z.enum(REGISTRATION_SCHEMES),
    /** The identifier as issued. */
    value: z.string().trim().min(1).max(64),
  })
  .strict()
  .superRefine((r, ctx) => {
    if (!REGISTRATION_FORMATS[r.scheme].test(r.value)) {
      ctx.addIssue({ code: "custom", path: ["value"], message: `not a valid ${REGISTRATION_LABELS[r.scheme]}` });
    }
  });

export const sanctionListing = z
  .object({
    /** Sanctions programme, e.g. "EU Regulation 833/2014" or "OFAC RUSSIA-EO14024". */
    program: shortText.max(200),
    /** Listing authority, e.g. "US OFAC". */
    authority: shortText.max(200).optional(),
    /** Date of listing (YYYY-MM-DD). */
    date: isoDate.optional(),
    /** Reference in the list, e.g. an entry number. */
    reference: shortText.max(200).optional(),
  })
  .strict();

export const firmFields = z
  .object({
    /** Country of incorporation. */
    country: countryCode.optional(),
    /** Registration identifiers. */
    registrations: z.array(registration).max(20).default([]),
    /** Roles the firm plays in the pipeline. */
    roles: z.array(z.enum(FIRM_ROLES)).max(FIRM_ROLES.length).default([]),
    /** Sanctions listings. */
    sanctions: z.array(sanctionListing).max(50).default([]),
    /** Official website. */
    website: httpUrl.optional(),
  })
  .strict();

export const TRANSPORT_MODES = ["air", "sea", "rail", "road", "post"] as const;

export const transitPoint = z
  .object({
    /** Transit country. */
    country: countryCode,
    /** Hub or city, optional. */
    hub: shortText.max(120).optional(),
  })
  .strict();

export const routeFields = z
  .object({
    /** Origin country. */
    origin: countryCode,
    /** Transit points in order. */
    transit: z.array(transitPoint).max(20).default([]),
    /** Destination country. */
    destination: countryCode,
    /** Transport modes used. */
    modes: z.array(z.enum(TRANSPORT_MODES)).max(TRANSPORT_MODES.length).default([]),
    /** First date the route is known active (YYYY-MM-DD). */
    activeFrom: isoDate.optional(),
    /** Last date the route is known active (YYYY-MM-DD). */
    activeTo: isoDate.optional(),
  })
  .strict()
  .refine((r) => !r.activeFrom || !r.activeTo || r.activeFrom <= r.activeTo, {
    message: "activeFrom must not be after activeTo",
    path: ["activeTo"],
  });

export const hsCode = z
  .string()
  .transform(hsDigits)
  .refine((d) => /^\d{4,10}$/.test(d), { message: "an HS code has 4 to 10 digits" });

export const CONTROL_REGIMES = ["wassenaar", "ear", "eu_dual_use", "other"] as const;

export const exportControl = z
  .object({
    /** Control regime. */
    regime: z.enum(CONTROL_REGIMES),
    /** Reference within it, e.g. an ECCN such as 3A001. */
    reference: shortText.max(64),
  })
  .strict();

export const technologyFields = z
  .object({
    /** HS codes, digits only (4–10). */
    hsCodes: z.array(hsCode).max(30).default([]),
    /** Common High Priority List tier where it applies. */
    chplTier: z.enum(CHPL_TIERS).optional(),
    /** Export-control references (Wassenaar, EAR ECCN, …). */
    controls: z.array(exportControl).max(20).default([]),
    /** Category, e.g. "microelectronics". */
    category: shortText.max(120).optional(),
  })
  .strict();

export type FirmFields = z.infer<typeof firmFields>;
export type RouteFields = z.infer<typeof routeFields>;
export type TechnologyFields = z.infer<typeof technologyFields>;
export type EntityFields = FirmFields | RouteFields | TechnologyFields;

export const FIELD_SCHEMAS = {
  firm: firmFields,
  route: routeFields,
  technology: technologyFields,
} as const;

/** Human labels of field keys, for diffs and history. */
export const FIELD_LABELS: Record<string, string> = {
  country: "Country", registrations: "Registration identifiers", roles: "Roles", sanctions: "Sanctions listings", website: "Website",
  origin: "Origin", transit: "Transit points", destination: "Destination", modes: "Transport modes", activeFrom: "Active from", activeTo: "Active until",
  hsCodes: "HS codes", chplTier: "CHPL tier", controls: "Export-control references", category: "Category",
};
