import type { ClaimView } from "@/lib/claims/queries";
import type { CreateClaimInput } from "@/lib/claims/schema";
import type { RELIABILITY_GRADES, SOURCE_TYPES } from "@/lib/sources/schema";

/** The claim editor's state: strings as typed, turned into an API payload only on save. */
export type CitationDraft = {
  mode: "existing" | "new";
  sourceId: string;
  url: string;
  title: string;
  publisher: string;
  type: (typeof SOURCE_TYPES)[number];
  reliability: (typeof RELIABILITY_GRADES)[number];
  quote: string;
  locator: string;
};

export type ClaimDraft = {
  statement: string;
  predicate: string;
  objectSlug: string;
  startDate: string;
  startPrecision: "day" | "month" | "year";
  endDate: string;
  endPrecision: "day" | "month" | "year";
  valueKind: "" | "money" | "quantity";
  amount: string;
  currency: string;
  unit: string;
  confidence: string;
  summary: string;
  citations: CitationDraft[];
};

export const emptyCitation = (): CitationDraft => ({
  mode: "new", sourceId: "", url: "", title: "", publisher: "", type: "news", reliability: "C", quote: "", locator: "",
});

export function draftFromClaim(claim?: ClaimView): ClaimDraft {
  const v = claim?.value;
  return {
    statement: claim?.statement ?? "",
    predicate: claim?.predicate ?? "",
    objectSlug: claim?.object?.slug ?? "",
    startDate: claim?.period?.start?.date ?? "",
    startPrecision: claim?.period?.start?.precision ?? "day",
    endDate: claim?.period?.end?.date ?? "",
    endPrecision: claim?.period?.end?.precision ?? "day",
    valueKind: !v ? "" : "amount" in v ? "money" : "quantity",
    amount: v ? String("amount" in v ? v.amount : v.quantity) : "",
    currency: v && "currency" in v ? v.currency : "USD",
    unit: v && "unit" in v ? v.unit : "",
    confidence: claim?.confidence ?? "probable",
    summary: "",
    citations: claim?.citations.length
      ? claim.citations.map((c) => ({ ...emptyCitation(), mode: "existing" as const, sourceId: c.source.id, quote: c.quote ?? "", locator: c.locator ?? "" }))
      : [emptyCitation()],
  };
}

/** The API payload of a draft; the server validates it again, this only shapes it. */
export function payloadFromDraft(d: ClaimDraft): CreateClaimInput {
  const opt = (s: string) => (s.trim() ? s.trim() : undefined);
  const period =
    d.startDate || d.endDate
      ? {
          start: d.startDate ? { date: d.startDate, precision: d.startPrecision } : undefined,
          end: d.endDate ? { date: d.endDate, precision: d.endPrecision } : undefined,
        }
      : undefined;
  const number = Number(d.amount);
  const value =
    d.valueKind === "money" ? { amount: number, currency: d.currency.trim().toUpperCase() }
    : d.valueKind === "quantity" ? { quantity: number, unit: d.unit.trim() }
    : undefined;
  return {
    statement: d.statement,
    predicate: (opt(d.predicate) as CreateClaimInput["predicate"]) ?? undefined,
    objectSlug: opt(d.objectSlug),
    period,
    value,
    confidence: d.confidence as CreateClaimInput["confidence"],
    summary: opt(d.summary),
    citations: d.citations
      .filter((c) => (c.mode === "existing" ? c.sourceId : c.url.trim()))
      .map((c) => ({
        ...(c.mode === "existing"
          ? { sourceId: c.sourceId }
          : {
              source: {
                url: c.url.trim(), title: c.title.trim() || c.url.trim(), publisher: opt(c.publisher),
                type: c.type, reliability: c.reliability,
              },
            }),
        quote: opt(c.quote),
        locator: opt(c.locator),
      })),
  };
}
