import type { Db } from "@/db/client";
import type { ClaimRevision } from "@/db/schema";
import type { CitationView } from "@/lib/claims/queries";
import { PREDICATE_LABELS } from "@/lib/claims/schema";
import { entityRefs } from "@/lib/entities/titles";
import { formatPeriod, formatValue } from "@/lib/format";
import type { Flat } from "./diff";

/** A claim revision's content as labelled lines: statement, relation, period, value, confidence, one line per citation. */
export async function flattenClaim(db: Db, r: ClaimRevision, cites: CitationView[]): Promise<Flat> {
  const objects = await entityRefs(db, r.objectEntityId ? [r.objectEntityId] : [], "latest");
  const object = r.objectEntityId ? objects.get(r.objectEntityId) : undefined;
  return [
    { key: "statement", label: "Statement", text: r.statement },
    { key: "relation", label: "Relation", text: r.predicate ? `${PREDICATE_LABELS[r.predicate]} ${object?.title ?? ""}`.trim() : "" },
    { key: "period", label: "Period", text: formatPeriod(r.period) },
    { key: "value", label: "Value", text: formatValue(r.value) },
    { key: "confidence", label: "Confidence", text: r.confidence },
    ...cites.map((c, i) => ({
      key: `citation.${i}`,
      label: `Citation ${i + 1}`,
      text: [c.source.title, c.source.url, c.locator, c.quote ? `“${c.quote}”` : ""].filter(Boolean).join(" — "),
    })),
  ];
}
