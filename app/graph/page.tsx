import type { Metadata } from "next";
import { publicContext } from "@/app/_server/context";
import { pageOrigin } from "@/app/_server/site-url";
import { GraphExplorer } from "@/components/graph/graph-explorer";
import { GraphFilterForm, type FilterOptions } from "@/components/graph/graph-filter-form";
import { GraphList } from "@/components/graph/graph-list";
import { KIND_COLORS, KIND_LABELS } from "@/components/graph/graph-style";
import { DemoBanner } from "@/components/layout/demo-banner";
import { PREDICATES, PREDICATE_LABELS } from "@/lib/claims/schema";
import { ENTITY_KINDS } from "@/lib/entities/fields";
import { filterGraph } from "@/lib/graph/filter";
import { graphFilters, type GraphData, type GraphFilters } from "@/lib/graph/schema";
import { readGraph } from "@/lib/public/reads";
import { countryName } from "@/lib/reference/countries";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const DESCRIPTION = "Firms, routes and technologies, linked by the published claims that connect them. Filter by kind, country and relation.";

export async function generateMetadata(): Promise<Metadata> {
  const url = `${await pageOrigin()}/graph`;
  return {
    title: "Relationship graph",
    description: DESCRIPTION,
    alternates: { canonical: url },
    openGraph: { type: "website", url, title: "Relationship graph · Nexus Watch", description: DESCRIPTION, siteName: "Nexus Watch" },
  };
}

/** Unknown or malformed filters are ignored rather than refused: this is a page, not an API. */
function parseFilters(raw: Record<string, string | string[] | undefined>): GraphFilters {
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const parsed = graphFilters.safeParse({ kind: one(raw.kind), country: one(raw.country), predicate: one(raw.predicate) });
  return parsed.success ? parsed.data : {};
}

function filterOptions(graph: GraphData): FilterOptions {
  const countries = [...new Set(graph.nodes.flatMap((n) => n.countries))]
    .map((c) => ({ value: c, label: countryName(c) }))
    .sort((a, b) => a.label.localeCompare(b.label));
  return {
    kinds: ENTITY_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] })),
    countries,
    predicates: PREDICATES.map((p) => ({ value: p, label: PREDICATE_LABELS[p] })),
  };
}

export default async function GraphPage({ searchParams }: Props) {
  const ctx = await publicContext();
  const filters = parseFilters(await searchParams);
  const graph = await readGraph(ctx.db);
  const shown = filterGraph(graph, filters);
  return (
    <div className="space-y-6">
      {ctx.demo && <DemoBanner />}
      <header>
        <h1 className="text-3xl font-semibold tracking-tight">Relationship graph</h1>
        <p className="mt-2 max-w-3xl text-muted">{DESCRIPTION} Click an entity to open its page.</p>
      </header>
      <GraphFilterForm filters={filters} options={filterOptions(graph)} />
      <section aria-label="Graph picture" className="space-y-2">
        <GraphExplorer filters={filters} />
        <noscript>
          <p className="text-sm text-muted">The picture needs JavaScript; the lists below hold the same entities and links.</p>
        </noscript>
        <ul aria-label="Legend" className="flex flex-wrap gap-4 text-sm text-muted">
          {ENTITY_KINDS.map((k) => (
            <li key={k} className="flex items-center gap-1.5">
              <span aria-hidden="true" className="inline-block h-3 w-3 rounded-full" style={{ backgroundColor: KIND_COLORS[k] }} />
              {KIND_LABELS[k]}
            </li>
          ))}
          <li>Node size: number of links · arrow: from the claim&apos;s subject to its object</li>
        </ul>
      </section>
      <GraphList graph={shown} />
    </div>
  );
}
