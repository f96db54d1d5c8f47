import { z } from "zod";
import { countryCode } from "@/lib/entities/fields";
import { CHPL_TIERS } from "@/lib/reference/chpl";
import { hasIncludedTerm, parseQuery } from "./query-text";
import { RESULT_KINDS } from "./types";

export const SEARCH_MAX_LIMIT = 50;
export const SEARCH_MAX_OFFSET = 1_000;

/** Query of GET /search and of the /search page. */
export const searchInput = z.object({
  /** Words to look for. Web-search syntax: "a phrase", OR, -excluded. */
  q: z
    .string()
    .trim()
    .min(1, "must not be empty")
    .max(200, "must be at most 200 characters")
    .refine((q) => q.length === 0 || hasIncludedTerm(parseQuery(q)), { message: "must contain at least one word to look for" }),
  /** Only results of this kind: firm, route, technology (pages), claim or source. */
  kind: z.enum(RESULT_KINDS).optional(),
  /** Only results about this country (ISO 3166-1 alpha-2). */
  country: countryCode.optional(),
  /** Only results about technologies on this Common High Priority List tier. */
  tier: z.enum(CHPL_TIERS).optional(),
  /** published (default), or workspace to include drafts and pending work (members; the public always gets published). */
  scope: z.enum(["published", "workspace"]).default("published"),
  /** Page size. */
  limit: z.coerce.number().int().min(1).max(SEARCH_MAX_LIMIT).default(20),
  /** Results to skip, for paging. */
  offset: z.coerce.number().int().min(0).max(SEARCH_MAX_OFFSET).default(0),
});
export type SearchInput = z.input<typeof searchInput>;
