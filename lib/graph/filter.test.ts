import { describe, expect, it } from "vitest";
import { filterGraph } from "./filter";
import type { GraphData, GraphEdge, GraphNode } from "./schema";

const node = (id: string, kind: GraphNode["kind"], countries: string[] = []): GraphNode => ({ id, slug: id, kind, title: id, countries });
const edge = (source: string, predicate: GraphEdge["predicate"], target: string): GraphEdge => ({
  id: `${source}:${predicate}:${target}`, source, target, predicate, claims: 1, confidence: "confirmed",
});

const graph: GraphData = {
  nodes: [
    node("cn-maker", "firm", ["CN"]), node("hk-broker", "firm", ["HK"]), node("ru-buyer", "firm", ["RU"]),
    node("hk-air", "route", ["CN", "HK", "RU"]), node("chips", "technology"), node("bearings", "technology"),
  ],
  edges: [
    edge("cn-maker", "supplies", "hk-broker"), edge("hk-broker", "supplies", "ru-buyer"), edge("hk-broker", "ships_via", "hk-air"),
    edge("cn-maker", "deals_in", "chips"), edge("ru-buyer", "deals_in", "bearings"),
  ],
};
const ids = (g: GraphData) => g.nodes.map((n) => n.id).sort();

describe("filtering the graph", () => {
  it("keeps everything without filters", () => {
    expect(filterGraph(graph, {})).toEqual(graph);
  });

  it("by kind keeps those entities and the links between them", () => {
    const firms = filterGraph(graph, { kind: "firm" });
    expect(ids(firms)).toEqual(["cn-maker", "hk-broker", "ru-buyer"]);
    expect(firms.edges.map((e) => e.predicate)).toEqual(["supplies", "supplies"]);
  });

  it("by country keeps entities tied to it, and the technologies they deal in", () => {
    expect(ids(filterGraph(graph, { country: "CN" }))).toEqual(["chips", "cn-maker", "hk-air"]);
    expect(ids(filterGraph(graph, { country: "RU" }))).toEqual(["bearings", "hk-air", "ru-buyer"]);
  });

  it("by predicate keeps only those links and the entities they join", () => {
    const supplies = filterGraph(graph, { predicate: "supplies" });
    expect(ids(supplies)).toEqual(["cn-maker", "hk-broker", "ru-buyer"]);
    expect(supplies.edges).toHaveLength(2);
  });

  it("combines filters", () => {
    const g = filterGraph(graph, { kind: "firm", country: "HK", predicate: "supplies" });
    expect(ids(g)).toEqual([]);
    expect(ids(filterGraph(graph, { country: "HK", predicate: "ships_via" }))).toEqual(["hk-air", "hk-broker"]);
  });
});
