import Link from "next/link";
import { CHPL_TIER_LABELS, CHPL_TIERS, type ChplTier } from "@/lib/reference/chpl";
import { countryName } from "@/lib/reference/countries";
import { KIND_LABELS, searchPagePath } from "@/lib/search/hit-path";
import { RESULT_KINDS, SEARCH_TOTAL_CAP, type Facets, type TotalRelation } from "@/lib/search/types";

export type ActiveFilters = { q: string; kind?: string; country?: string; tier?: string; scope?: string };

type Item = { value: string; label: string; count: number };

const MAX_COUNTRIES = 12;

/**
 * Filters as links with their counts. Each count is what choosing it would give (the
 * facet is counted under the other filters), and paging starts over on every change.
 * For a common word the counts cover the first matches only (relation "gte"), and say so.
 */
export function SearchFacets({ facets, active, relation = "eq" }: { facets: Facets; active: ActiveFilters; relation?: TotalRelation }) {
  const kinds: Item[] = RESULT_KINDS.flatMap((k) => (facets.kind[k] ? [{ value: k, label: KIND_LABELS[k].many, count: facets.kind[k] }] : []));
  const countries: Item[] = Object.entries(facets.country)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, MAX_COUNTRIES)
    .map(([code, count]) => ({ value: code, label: countryName(code), count }));
  const tiers: Item[] = CHPL_TIERS.flatMap((t: ChplTier) => (facets.tier[t] ? [{ value: t, label: CHPL_TIER_LABELS[t], count: facets.tier[t] }] : []));
  return (
    <div className="space-y-6">
      <FacetGroup title="Kind" name="kind" items={kinds} active={active} anyLabel="Any kind" />
      <FacetGroup title="Country" name="country" items={countries} active={active} anyLabel="Any country" />
      <FacetGroup title="CHPL tier" name="tier" items={tiers} active={active} anyLabel="Any tier" />
      {relation === "gte" && (
        <p className="text-xs text-muted">Counted over the first {SEARCH_TOTAL_CAP.toLocaleString("en-US")} matches.</p>
      )}
    </div>
  );
}

function FacetGroup({ title, name, items, active, anyLabel }: { title: string; name: "kind" | "country" | "tier"; items: Item[]; active: ActiveFilters; anyLabel: string }) {
  const current = active[name];
  if (items.length === 0 && !current) return null;
  const href = (value: string | undefined) => searchPagePath({ ...active, [name]: value });
  return (
    <nav aria-label={`Filter by ${title.toLowerCase()}`}>
      <h2 className="mb-2 text-xs font-semibold uppercase tracking-wide text-muted">{title}</h2>
      <ul className="space-y-1 text-sm">
        {current && (
          <li>
            <Link href={href(undefined)} className="no-underline hover:underline">← {anyLabel}</Link>
          </li>
        )}
        {items.map((item) => {
          const selected = item.value === current;
          return (
            <li key={item.value}>
              <Link
                href={href(selected ? undefined : item.value)}
                aria-current={selected ? "true" : undefined}
                className={`flex items-baseline justify-between gap-3 rounded px-2 py-1 no-underline ${selected ? "bg-accent/10 font-semibold text-accent-strong" : "text-ink hover:bg-slate-50"}`}
              >
                <span>{item.label}</span>
                <span className="tabular-nums text-xs text-muted">{item.count}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
