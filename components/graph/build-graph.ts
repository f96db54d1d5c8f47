import { MultiDirectedGraph } from "graphology";
import { entityPath } from "@/lib/entities/sections";
import { degrees } from "@/lib/graph/filter";
import type { GraphData } from "@/lib/graph/schema";
import { EDGE_COLOR, KIND_COLORS, nodeSize } from "./graph-style";

export type NodeAttributes = { x: number; y: number; size: number; label: string; color: string; href: string; kind: string };
export type EdgeAttributes = { size: number; color: string; label: string; predicate: string };
export type SigmaGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * A graphology graph of the data with a first layout: the focus entity (if any) in the
 * middle and its neighbours on a ring; otherwise a sunflower spiral, busiest nodes in
 * the middle, which ForceAtlas2 then untangles. Deterministic, so every visit starts alike.
 */
export function buildGraph(data: GraphData, focusId?: string, edgeLabels: Record<string, string> = {}): SigmaGraph {
  const graph: SigmaGraph = new MultiDirectedGraph();
  const degree = degrees(data);
  const ordered = [...data.nodes].sort((a, b) => (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0) || a.slug.localeCompare(b.slug));
  const ring = new Map(ordered.filter((n) => n.id !== focusId).map((n, j) => [n.id, j]));
  ordered.forEach((node, i) => {
    let x: number, y: number;
    if (focusId) {
      const j = ring.get(node.id) ?? 0;
      // From the top, turned half a step when a neighbour would sit level with the middle.
      const n = Math.max(ring.size, 1);
      const angle = -Math.PI / 2 + (2 * Math.PI * j) / n + (n % 4 === 0 ? Math.PI / n : 0);
      [x, y] = node.id === focusId ? [0, 0] : [Math.cos(angle) * 10, Math.sin(angle) * 10];
    } else {
      const r = Math.sqrt(i + 0.5) * 10;
      [x, y] = [Math.cos(i * GOLDEN_ANGLE) * r, Math.sin(i * GOLDEN_ANGLE) * r];
    }
    graph.addNode(node.id, {
      x, y,
      size: nodeSize(degree.get(node.id) ?? 0, node.id === focusId),
      // The page's own entity needs no label on its page: the heading names it.
      label: node.id === focusId ? "" : node.title,
      color: KIND_COLORS[node.kind],
      href: entityPath(node),
      kind: node.kind,
    });
  });
  for (const edge of data.edges) {
    if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, {
      size: Math.min(1 + edge.claims * 0.5, 4),
      color: EDGE_COLOR,
      label: edgeLabels[edge.predicate] ?? "",
      predicate: edge.predicate,
    });
  }
  return graph;
}
