import type { EntityKind } from "@/lib/entities/fields";

/** Node colours per kind, the same hues as the kind badges. */
export const KIND_COLORS: Record<EntityKind, string> = {
  firm: "#4338ca",
  route: "#0f766e",
  technology: "#a21caf",
};

export const KIND_LABELS: Record<EntityKind, string> = { firm: "Firm", route: "Route", technology: "Technology" };

export const EDGE_COLOR = "#b8c1cc";
export const DIMMED_COLOR = "#e4e8ed";

/** Node size from its number of links: hubs stand out, leaves stay visible. */
export function nodeSize(degree: number, focus = false): number {
  return focus ? 14 : Math.min(4 + Math.sqrt(degree) * 2, 16);
}
