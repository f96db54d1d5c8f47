"use client";

import { useEffect, useMemo, useState } from "react";
import { filterGraph } from "@/lib/graph/filter";
import type { GraphData, GraphFilters } from "@/lib/graph/schema";
import { RelationshipGraph } from "./relationship-graph";

/**
 * The /graph canvas: loads the whole published graph once from the public JSON
 * endpoint and shows the part the filters keep, through the same filterGraph as the
 * server's list, so the picture and the list always agree. Changing a filter only
 * hides and shows; it neither refetches nor lays the graph out again.
 */
export function GraphExplorer({ filters }: { filters: GraphFilters }) {
  const [data, setData] = useState<GraphData | null>(null);
  // "idle" until the browser runs this, so a page without JavaScript shows no "Loading…" that never ends.
  const [phase, setPhase] = useState<"idle" | "loading" | "failed">("idle");

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- "loading" must appear only once JavaScript runs (see above)
    setPhase("loading");
    const controller = new AbortController();
    fetch("/api/v1/graph", { signal: controller.signal, headers: { accept: "application/json" } })
      .then((r) => (r.ok ? (r.json() as Promise<GraphData>) : Promise.reject(new Error(String(r.status)))))
      .then(setData)
      .catch(() => {
        if (!controller.signal.aborted) setPhase("failed");
      });
    return () => controller.abort();
  }, []);

  const visible = useMemo(() => {
    if (!data) return undefined;
    const kept = filterGraph(data, filters);
    return { nodes: new Set(kept.nodes.map((n) => n.id)), edges: new Set(kept.edges.map((e) => e.id)) };
  }, [data, filters]);

  if (phase === "idle") return null;
  if (phase === "failed") {
    return <p className="rounded-lg border border-line bg-white p-6 text-sm text-muted">The graph could not be loaded. The list below holds the same links.</p>;
  }
  if (!data || !visible) {
    return <div role="status" className="flex h-[65vh] min-h-80 items-center justify-center rounded-lg border border-line bg-white text-sm text-muted">Loading the graph…</div>;
  }
  return (
    <RelationshipGraph
      data={data}
      visible={visible}
      className="h-[65vh] min-h-80"
      label={`Relationship graph: ${visible.nodes.size} entities and ${visible.edges.size} links. The list below names them all.`}
    />
  );
}
