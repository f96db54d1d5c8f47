"use client";

import { usePathname, useRouter } from "next/navigation";
import { useTransition, type ChangeEvent } from "react";
import type { GraphFilters } from "@/lib/graph/schema";

type Option = { value: string; label: string };
/** Choices of each filter, named on the server (country names and labels stay out of the browser bundle). */
export type FilterOptions = { kinds: Option[]; countries: Option[]; predicates: Option[] };

/**
 * Filters of the graph as a plain GET form: without JavaScript "Apply" reloads the
 * page with the filters in the address; with it, each change applies at once (the
 * address still changes, so a filtered view can be shared).
 */
export function GraphFilterForm({ filters, options }: { filters: GraphFilters; options: FilterOptions }) {
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();

  const onChange = (event: ChangeEvent<HTMLSelectElement>) => {
    const form = event.currentTarget.form;
    if (!form) return;
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(form)) if (typeof value === "string" && value) params.set(key, value);
    const query = params.toString();
    startTransition(() => router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false }));
  };

  const select = "mt-1 block w-full rounded-md border border-line bg-white px-2 py-1.5 text-sm";
  return (
    <form method="get" action={pathname} aria-label="Filter the graph" className="grid gap-3 rounded-lg border border-line bg-white p-4 sm:grid-cols-4 sm:items-end">
      <label htmlFor="graph-kind" className="text-sm font-medium">
        Kind
        <select id="graph-kind" name="kind" defaultValue={filters.kind ?? ""} onChange={onChange} className={select}>
          <option value="">All kinds</option>
          {options.kinds.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </select>
      </label>
      <label htmlFor="graph-country" className="text-sm font-medium">
        Country
        <select id="graph-country" name="country" defaultValue={filters.country ?? ""} onChange={onChange} className={select}>
          <option value="">All countries</option>
          {options.countries.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </select>
      </label>
      <label htmlFor="graph-predicate" className="text-sm font-medium">
        Relation
        <select id="graph-predicate" name="predicate" defaultValue={filters.predicate ?? ""} onChange={onChange} className={select}>
          <option value="">All relations</option>
          {options.predicates.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </select>
      </label>
      <div className="flex items-center gap-3">
        <button type="submit" className="rounded-md bg-accent px-3 py-1.5 text-sm font-medium text-white hover:bg-accent-strong">Apply</button>
        {pending && <span role="status" className="text-sm text-muted">Updating…</span>}
      </div>
    </form>
  );
}
