import Link from "next/link";
import { KindBadge } from "@/components/ui/badge";
import { PREDICATE_LABELS } from "@/lib/claims/schema";
import { entityPath } from "@/lib/entities/sections";
import { degrees } from "@/lib/graph/filter";
import type { GraphData } from "@/lib/graph/schema";
import { countryName } from "@/lib/reference/countries";

/** Rows shown at most; beyond that the filters or the downloads are the better tools. */
const MAX_ROWS = 400;

/**
 * The graph as text: every entity it shows with its links, and the links themselves.
 * It is what screen readers, phones without WebGL and browsers without JavaScript get,
 * and the way to open an entity from the graph by keyboard.
 */
export function GraphList({ graph }: { graph: GraphData }) {
  const degree = degrees(graph);
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const nodes = [...graph.nodes].sort((a, b) => (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0) || a.title.localeCompare(b.title));
  const edges = graph.edges.slice(0, MAX_ROWS);
  return (
    <div className="space-y-8">
      <section aria-labelledby="graph-entities">
        <h2 id="graph-entities" className="mb-3 text-lg font-semibold">Entities in the graph ({graph.nodes.length})</h2>
        {graph.nodes.length === 0 ? (
          <p className="text-muted">No published entity matches these filters.</p>
        ) : (
          <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3 [&>*]:min-w-0">
            {nodes.slice(0, MAX_ROWS).map((n) => (
              <li key={n.id} className="flex items-center gap-2 rounded-md border border-line bg-white px-3 py-2 text-sm">
                <KindBadge kind={n.kind} />
                <Link href={entityPath(n)} className="min-w-0 flex-1 truncate font-medium">{n.title}</Link>
                <span className="shrink-0 text-xs text-muted" title={n.countries.map(countryName).join(", ")}>
                  {n.countries.join(" · ")}{n.countries.length > 0 && " · "}{degree.get(n.id) ?? 0} {degree.get(n.id) === 1 ? "link" : "links"}
                </span>
              </li>
            ))}
          </ul>
        )}
        {graph.nodes.length > MAX_ROWS && <TooMany shown={MAX_ROWS} total={graph.nodes.length} />}
      </section>

      {graph.edges.length > 0 && (
        <section aria-labelledby="graph-links">
          <h2 id="graph-links" className="mb-3 text-lg font-semibold">Links ({graph.edges.length})</h2>
          <div className="relative overflow-x-auto rounded-lg border border-line bg-white">
            <table className="w-full text-left text-sm">
              <thead className="border-b border-line text-muted">
                <tr><th scope="col" className="px-3 py-2 font-medium">From</th><th scope="col" className="px-3 py-2 font-medium">Relation</th><th scope="col" className="px-3 py-2 font-medium">To</th><th scope="col" className="px-3 py-2 font-medium">Claims</th></tr>
              </thead>
              <tbody className="divide-y divide-line">
                {edges.map((e) => {
                  const from = byId.get(e.source)!;
                  const to = byId.get(e.target)!;
                  return (
                    <tr key={e.id}>
                      <td className="px-3 py-1.5"><Link href={entityPath(from)}>{from.title}</Link></td>
                      <td className="px-3 py-1.5 text-muted">{PREDICATE_LABELS[e.predicate]}</td>
                      <td className="px-3 py-1.5"><Link href={entityPath(to)}>{to.title}</Link></td>
                      <td className="px-3 py-1.5 tabular-nums text-muted">{e.claims} <span className="sr-only">claims,</span><span className="text-xs">({e.confidence})</span></td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          {graph.edges.length > MAX_ROWS && <TooMany shown={MAX_ROWS} total={graph.edges.length} />}
        </section>
      )}
    </div>
  );
}

function TooMany({ shown, total }: { shown: number; total: number }) {
  return (
    <p className="mt-3 text-sm text-muted">
      Showing {shown} of {total}. Narrow the filters above, or <Link href="/data">download the data</Link>.
    </p>
  );
}
