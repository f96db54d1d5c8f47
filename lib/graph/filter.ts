import type { GraphData, GraphFilters, GraphNode } from "./schema";

/**
 * The part of the graph the filters keep. One function for the server's plain list,
 * the JSON endpoint and the browser's canvas, so all three always agree.
 *  - kind: entities of that kind, and the links between them;
 *  - country: entities tied to the country, and technologies (which have no country)
 *    linked to one of those;
 *  - predicate: links with that predicate, and only the entities they join.
 */
export function filterGraph(graph: GraphData, filters: GraphFilters): GraphData {
  const byKind = graph.nodes.filter((n) => !filters.kind || n.kind === filters.kind);
  const candidateEdges = graph.edges.filter((e) => !filters.predicate || e.predicate === filters.predicate);

  let nodes = byKind;
  if (filters.country) {
    const country = filters.country;
    const inCountry = new Set(byKind.filter((n) => n.countries.includes(country)).map((n) => n.id));
    const countryless = new Set(byKind.filter((n) => n.countries.length === 0).map((n) => n.id));
    const linked = new Set<string>();
    for (const e of candidateEdges) {
      if (inCountry.has(e.source) && countryless.has(e.target)) linked.add(e.target);
      if (inCountry.has(e.target) && countryless.has(e.source)) linked.add(e.source);
    }
    nodes = byKind.filter((n) => inCountry.has(n.id) || linked.has(n.id));
  }

  const kept = new Set(nodes.map((n) => n.id));
  const edges = candidateEdges.filter((e) => kept.has(e.source) && kept.has(e.target));
  if (filters.predicate) {
    const joined = new Set(edges.flatMap((e) => [e.source, e.target]));
    nodes = nodes.filter((n) => joined.has(n.id));
  }
  return { nodes, edges };
}

/** Number of links of each node, for sizing and sorting. */
export function degrees(graph: GraphData): Map<string, number> {
  const degree = new Map<string, number>(graph.nodes.map((n: GraphNode) => [n.id, 0]));
  for (const e of graph.edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  return degree;
}
