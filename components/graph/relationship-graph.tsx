"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import type { ForceAtlas2Settings } from "graphology-layout-forceatlas2";
import type Sigma from "sigma";
import type { GraphData } from "@/lib/graph/schema";
import { buildGraph, type EdgeAttributes, type NodeAttributes, type SigmaGraph } from "./build-graph";
import { DIMMED_COLOR } from "./graph-style";

type Props = {
  data: GraphData;
  /** The entity a small graph is about: drawn in the middle, not a link. */
  focusId?: string;
  /** Ids of the nodes and edges to show; everything when absent. */
  visible?: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> };
  /** What the picture shows, for screen readers (the page lists the same data as text). */
  label: string;
  /** Edge labels by predicate, drawn on small graphs. */
  edgeLabels?: Record<string, string>;
  className?: string;
};

/** "idle" until the browser runs this: without JavaScript nothing is drawn, not even an empty frame. */
type Status = "idle" | "drawing" | "ready" | "unsupported";

/** Layout runs in a web worker for this long at most; smaller graphs settle sooner. */
const LAYOUT_MS = 4_000;

/**
 * The relationship graph drawn with sigma.js (WebGL), which stays fluid with thousands
 * of nodes. Clicking a node opens its page. Sigma and the layout are loaded in the
 * browser only; without JavaScript or WebGL the page's list of the same data remains.
 */
export function RelationshipGraph({ data, focusId, visible, label, edgeLabels, className }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const renderer = useRef<Sigma<NodeAttributes, EdgeAttributes> | null>(null);
  const shown = useRef(visible);
  const hovered = useRef<string | null>(null);
  const router = useRouter();
  const [status, setStatus] = useState<Status>("idle");

  // eslint-disable-next-line react-hooks/set-state-in-effect -- marks the mount: the graph draws only in the browser, after hydration
  useEffect(() => setStatus((s) => (s === "idle" ? "drawing" : s)), []);

  const mounted = status !== "idle";
  useEffect(() => {
    let cancelled = false;
    let stopLayout = () => {};
    const element = container.current;
    if (!mounted || !element) return;
    (async () => {
      const [{ default: SigmaRenderer }, { default: forceAtlas2 }] = await Promise.all([
        import("sigma"),
        import("graphology-layout-forceatlas2"),
      ]);
      if (cancelled) return;
      const graph = buildGraph(data, focusId, edgeLabels);
      if (!focusId && graph.order > 1) stopLayout = await startLayout(graph, forceAtlas2.inferSettings(graph), () => cancelled);
      if (cancelled) return stopLayout();
      let sigma: Sigma<NodeAttributes, EdgeAttributes>;
      try {
        sigma = new SigmaRenderer(graph, element, {
          labelFont: "Inter Variable, ui-sans-serif, system-ui, sans-serif",
          labelSize: 13,
          labelColor: { color: "#16202c" },
          renderEdgeLabels: Boolean(edgeLabels),
          edgeLabelSize: 11,
          defaultEdgeType: "arrow",
          labelRenderedSizeThreshold: focusId ? 0 : 7,
          zIndex: true,
          nodeReducer: (node, attrs) => reduceNode(graph, node, attrs, shown.current, hovered.current),
          edgeReducer: (edge, attrs) => reduceEdge(graph, edge, attrs, shown.current, hovered.current),
        });
      } catch {
        // No WebGL (old browser, disabled GPU): the list on the page carries the data.
        stopLayout();
        setStatus("unsupported");
        return;
      }
      sigma.on("clickNode", ({ node }) => {
        if (node !== focusId) router.push(graph.getNodeAttribute(node, "href"));
      });
      sigma.on("enterNode", ({ node }) => {
        hovered.current = node;
        element.style.cursor = node === focusId ? "default" : "pointer";
        sigma.refresh({ skipIndexation: true });
      });
      sigma.on("leaveNode", () => {
        hovered.current = null;
        element.style.cursor = "";
        sigma.refresh({ skipIndexation: true });
      });
      renderer.current = sigma;
      setStatus("ready");
    })().catch(() => setStatus("unsupported"));
    return () => {
      cancelled = true;
      stopLayout();
      renderer.current?.kill();
      renderer.current = null;
    };
  }, [mounted, data, focusId, edgeLabels, router]);

  useEffect(() => {
    shown.current = visible;
    renderer.current?.refresh({ skipIndexation: true });
  }, [visible]);

  if (!mounted) return null;
  return (
    <div className={`relative overflow-hidden rounded-lg border border-line bg-white ${className ?? "h-96"}`}>
      <div ref={container} role="img" aria-label={label} className="absolute inset-0" />
      {status !== "ready" && (
        <p className="absolute inset-0 flex items-center justify-center p-6 text-center text-sm text-muted">
          {status === "drawing" ? "Drawing the graph…" : "This browser cannot draw the graph (WebGL is unavailable). The list below holds the same links."}
        </p>
      )}
    </div>
  );
}

/** Runs ForceAtlas2: a few synchronous rounds for small graphs, a web worker for a few seconds for large ones. */
async function startLayout(
  graph: SigmaGraph,
  settings: ForceAtlas2Settings,
  cancelled: () => boolean,
): Promise<() => void> {
  if (graph.order <= 300) {
    const { default: forceAtlas2 } = await import("graphology-layout-forceatlas2");
    forceAtlas2.assign(graph, { iterations: 150, settings });
    return () => {};
  }
  const { default: FA2Layout } = await import("graphology-layout-forceatlas2/worker");
  if (cancelled()) return () => {};
  const layout = new FA2Layout(graph, { settings: { ...settings, barnesHutOptimize: true } });
  layout.start();
  const timer = setTimeout(() => layout.stop(), LAYOUT_MS);
  return () => {
    clearTimeout(timer);
    layout.kill();
  };
}

function reduceNode(
  graph: SigmaGraph,
  node: string,
  attrs: NodeAttributes,
  visible: Props["visible"],
  hovered: string | null,
): Partial<NodeAttributes & { hidden: boolean; highlighted: boolean }> {
  if (visible && !visible.nodes.has(node)) return { ...attrs, hidden: true };
  if (hovered && node !== hovered && !graph.areNeighbors(node, hovered)) return { ...attrs, color: DIMMED_COLOR, label: "" };
  return hovered === node ? { ...attrs, highlighted: true } : attrs;
}

function reduceEdge(
  graph: SigmaGraph,
  edge: string,
  attrs: EdgeAttributes,
  visible: Props["visible"],
  hovered: string | null,
): Partial<EdgeAttributes & { hidden: boolean }> {
  if (visible && !visible.edges.has(edge)) return { ...attrs, hidden: true };
  if (hovered && !graph.hasExtremity(edge, hovered)) return { ...attrs, hidden: true };
  return attrs;
}
