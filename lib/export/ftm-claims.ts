import { PREDICATE_LABELS } from "@/lib/claims/schema";
import { entityPath } from "@/lib/entities/sections";
import { formatPeriod, formatValue } from "@/lib/format";
import { partialDate } from "./partial-date";
import { ftmCountry, ftmId, props, type FtmEntity, type Provenance } from "./ftm-types";
import type { PublishedClaim } from "./published-batches";

/** What the claim mapping needs to know about the entities already written to the file. */
export type Written = {
  /** Kind of every entity written, by entity id: a claim may only point at these. */
  kinds: Map<string, "firm" | "route" | "technology">;
  /** Title and HS codes of technologies, for the goods of an EconomicActivity. */
  goods: Map<string, { title: string; hsCodes: string[] }>;
  /** Title and end points of routes, for the countries of an EconomicActivity. */
  routes: Map<string, { title: string; origin: string; destination: string }>;
};

/**
 * The FtM entity a published claim becomes, or null when FtM cannot say it (see
 * docs/public-edition.md):
 *  - owned_by between firms → Ownership (owner = the object, asset = the subject);
 *  - supplies / buys_from between firms → EconomicActivity (sender → receiver);
 *    towards a technology → EconomicActivity with the goods and their HS codes;
 *  - ships_via from a firm along a route → EconomicActivity (the firm as sender, the route's
 *    origin and destination countries);
 *  - sanctioned_by about a firm → Sanction;
 *  - any other claim naming an object → UnknownLink with the predicate as role;
 *  - a statement naming no object → Note on its subject.
 * Every reference points at an entity in `written`; a claim that would point elsewhere is left out.
 */
export function claimToFtm(claim: PublishedClaim, origin: string, written: Written): FtmEntity | null {
  const subjectKind = written.kinds.get(claim.subject.id);
  if (!subjectKind) return null;
  const objectId = claim.object?.id;
  const objectKind = objectId ? written.kinds.get(objectId) : undefined;
  if (claim.object && !objectKind) return null;

  const subject = ftmId.entity(claim.subject.id);
  const object = objectId ? ftmId.entity(objectId) : undefined;
  // Provenance properties every schema here has (FtM's Thing and Interval alike).
  const base = {
    description: claim.statement,
    sourceUrl: claim.citations.map((c) => c.source.url),
    publisher: claim.citations.map((c) => c.source.publisher),
    retrievedAt: claim.citations.map((c) => c.source.accessedAt),
    modifiedAt: claim.publishedAt?.slice(0, 10),
  };
  // Only intervals (Sanction, Ownership, EconomicActivity, UnknownLink) have dates and a record id.
  // A period that starts and ends on the same (partial) date is one `date`.
  const [start, end] = [partialDate(claim.period?.start), partialDate(claim.period?.end)];
  const interval = start && start === end ? { date: start, recordId: claim.id } : { startDate: start, endDate: end, recordId: claim.id };
  const make = (schema: FtmEntity["schema"], specific: Parameters<typeof props>[0]): FtmEntity => ({
    id: ftmId.claim(claim.id),
    schema,
    properties: props({ ...base, ...(schema === "Note" ? {} : interval), ...specific }),
    provenance: [claimProvenance(claim, origin)],
  });
  const firms = subjectKind === "firm" && objectKind === "firm";
  const amount = claim.value ? formatValue(claim.value) : undefined;

  if (claim.predicate === "owned_by" && firms) {
    const percent = claim.value && "quantity" in claim.value && /^(%|percent|per cent)$/i.test(claim.value.unit) ? claim.value.quantity : undefined;
    return make("Ownership", { owner: object, asset: subject, percentage: percent, summary: percent === undefined ? amount : undefined });
  }
  if ((claim.predicate === "supplies" || claim.predicate === "buys_from") && subjectKind === "firm" && object) {
    const supplies = claim.predicate === "supplies";
    if (objectKind === "firm") {
      return make("EconomicActivity", { sender: supplies ? subject : object, receiver: supplies ? object : subject, summary: amount });
    }
    const goods = written.goods.get(objectId ?? "");
    if (goods) {
      return make("EconomicActivity", {
        [supplies ? "sender" : "receiver"]: subject,
        goodsDescription: goods.title,
        vedCode: goods.hsCodes,
        summary: amount,
      });
    }
  }
  if (claim.predicate === "ships_via" && subjectKind === "firm" && object) {
    const route = written.routes.get(objectId ?? "");
    if (route) {
      return make("EconomicActivity", {
        sender: subject,
        originCountry: ftmCountry(route.origin),
        destinationCountry: ftmCountry(route.destination),
        summary: [`Ships via ${route.title}`, amount],
      });
    }
  }
  if (claim.predicate === "sanctioned_by" && subjectKind === "firm") {
    return make("Sanction", { entity: subject, authority: claim.object?.title, summary: amount });
  }
  if (object) {
    return make("UnknownLink", { subject, object, role: PREDICATE_LABELS[claim.predicate ?? "other"], summary: amount });
  }
  return make("Note", { name: truncate(claim.statement, 120), entity: subject, summary: [formatPeriod(claim.period), amount] });
}

function claimProvenance(claim: PublishedClaim, origin: string): Provenance {
  return {
    kind: "claim",
    url: `${origin}${entityPath(claim.subject)}#claim-${claim.id}`,
    claimId: claim.id,
    claimRevisionId: claim.revision.id,
    confidence: claim.confidence,
    publishedAt: claim.publishedAt,
    citations: claim.citations.map((c) => ({
      sourceId: c.source.id,
      sourceUrl: c.source.url,
      sourcePage: `${origin}/sources/${c.source.id}`,
      title: c.source.title,
      publisher: c.source.publisher,
      author: c.source.author,
      publishedAt: c.source.publishedAt,
      accessedAt: c.source.accessedAt,
      archiveUrl: c.source.archiveUrl,
      type: c.source.type,
      reliability: c.source.reliability,
      quote: c.quote,
      locator: c.locator,
    })),
  };
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
