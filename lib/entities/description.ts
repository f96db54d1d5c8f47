import type { BodyNode } from "@/lib/editor/body-schema";
import { countryName } from "@/lib/reference/countries";
import type { EntityView } from "./queries";

const KIND_NAMES = { firm: "Firm", route: "Trade route", technology: "Technology type" } as const;

/** A one-paragraph plain-text summary of a page, for search results and link previews. */
export function pageDescription(entity: EntityView, max = 220): string {
  const fields = entity.fields as { country?: string; origin?: string; destination?: string };
  const where = fields.country ? ` in ${countryName(fields.country)}` : fields.origin && fields.destination ? ` from ${countryName(fields.origin)} to ${countryName(fields.destination)}` : "";
  const sources = new Set(entity.claims.flatMap((c) => c.citations.map((x) => x.source.id))).size;
  const facts = `${KIND_NAMES[entity.kind]}${where}. ${entity.claims.length} published ${entity.claims.length === 1 ? "claim" : "claims"} citing ${sources} ${sources === 1 ? "source" : "sources"}.`;
  const first = entity.body?.content.find((n) => n.type === "paragraph");
  const text = first ? plainText(first).trim() : "";
  const full = text ? `${facts} ${text}` : facts;
  return full.length <= max ? full : `${full.slice(0, max - 1).trimEnd()}…`;
}

function plainText(node: BodyNode): string {
  return node.type === "text" ? (node.text ?? "") : (node.content ?? []).map(plainText).join("");
}
