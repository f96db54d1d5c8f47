import type { Relation } from "@/lib/entities/related";
import type { EntityRef } from "@/lib/entities/titles";
import type { GraphData, GraphEdge } from "./schema";

/**
 * The small graph of an entity page: the entity and the entities its published claims
 * link it to, in both directions. Built from the page's own relations, so it changes
 * exactly when the page does.
 */
export function egoGraph(center: EntityRef, relations: Relation[]): GraphData {
  const nodes = new Map([[center.id, { ...center, countries: [] as string[] }]]);
  const edges: GraphEdge[] = [];
  for (const r of relations) {
    nodes.set(r.entity.id, { ...r.entity, countries: [] });
    const [source, target] = r.direction === "out" ? [center.id, r.entity.id] : [r.entity.id, center.id];
    edges.push({ id: `${source}:${r.predicate}:${target}`, source, target, predicate: r.predicate, claims: r.claimIds.length, confidence: r.confidence });
  }
  return { nodes: [...nodes.values()].map(({ id, slug, kind, title, countries }) => ({ id, slug, kind, title, countries })), edges };
}
