import type { ClaimView } from "./queries";
import { PREDICATES, type Predicate } from "./schema";

/** Section headings of an entity page's claims, one per predicate. */
export const PREDICATE_HEADINGS: Record<Predicate, string> = {
  supplies: "Supplies", buys_from: "Buys from", ships_via: "Ships via", deals_in: "Deals in",
  owned_by: "Owned by", sanctioned_by: "Sanctions", located_in: "Location", other: "Other links",
};

/** The predicate read from the object's side: "A supplies B" is "B is supplied by A". */
export const INVERSE_PREDICATE_LABELS: Record<Predicate, string> = {
  supplies: "supplied by", buys_from: "sells to", ships_via: "carries goods of", deals_in: "dealt in by",
  owned_by: "owns", sanctioned_by: "sanctions", located_in: "location of", other: "related to",
};

export type ClaimGroup = { predicate: Predicate | null; heading: string; claims: ClaimView[] };

/**
 * Claims grouped by predicate, in the order of PREDICATES, with statements that name
 * no relation last. Within a group claims keep their order.
 */
export function groupClaims(claims: ClaimView[]): ClaimGroup[] {
  const groups: ClaimGroup[] = [];
  for (const predicate of PREDICATES) {
    const inGroup = claims.filter((c) => c.predicate === predicate);
    if (inGroup.length) groups.push({ predicate, heading: PREDICATE_HEADINGS[predicate], claims: inGroup });
  }
  const plain = claims.filter((c) => !c.predicate);
  if (plain.length) groups.push({ predicate: null, heading: "Other statements", claims: plain });
  return groups;
}
