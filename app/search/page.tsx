import type { Metadata } from "next";
import Link from "next/link";
import { sessionActor } from "@/app/_server/actor";
import { publicContext } from "@/app/_server/context";
import { DemoBanner } from "@/components/layout/demo-banner";
import { SearchFacets, type ActiveFilters } from "@/components/search/search-facets";
import { SearchHitList } from "@/components/search/search-hit-list";
import { DomainError, Invalid } from "@/lib/errors";
import { searchPagePath } from "@/lib/search/hit-path";
import { resultCount } from "@/lib/search/result-count";
import { SEARCH_MAX_OFFSET } from "@/lib/search/schema";
import { search, type SearchResponse } from "@/lib/search/search";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const PAGE_SIZE = 20;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const q = first((await searchParams).q)?.trim();
  return { title: q ? `Search: ${q.slice(0, 80)}` : "Search", robots: { index: false } };
}

export default async function SearchPage({ searchParams }: Props) {
  const params = await searchParams;
  const active: ActiveFilters = {
    q: first(params.q)?.trim() ?? "",
    kind: first(params.kind) || undefined,
    country: first(params.country)?.toUpperCase() || undefined,
    tier: first(params.tier) || undefined,
    scope: first(params.scope) === "workspace" ? "workspace" : undefined,
  };
  const offset = Number.parseInt(first(params.offset) ?? "0", 10) || 0;
  const ctx = await publicContext();

  let result: SearchResponse | null = null;
  let problem: string | null = null;
  if (active.q) {
    // Only a request for the workspace looks at the session: the public search stays anonymous.
    const actor = active.scope === "workspace" ? await sessionActor(ctx.db) : null;
    try {
      result = await search({ db: ctx.db, actor }, { ...active, limit: PAGE_SIZE, offset });
    } catch (err) {
      if (!(err instanceof Invalid || (err instanceof DomainError && err.code === "unavailable"))) throw err;
      problem = err.message;
    }
  }

  return (
    <div>
      {ctx.demo && <DemoBanner />}
      <header className="mb-6">
        <h1 className="text-3xl font-semibold tracking-tight">Search</h1>
        <SearchForm active={active} />
      </header>
      {problem && (
        <p role="alert" className="rounded-md border border-rose-200 bg-rose-50 px-4 py-3 text-sm text-rose-900">
          That search could not be run: {problem}
        </p>
      )}
      {!active.q && <SearchTips />}
      {result && <Results result={result} active={active} offset={offset} />}
    </div>
  );
}

function SearchForm({ active }: { active: ActiveFilters }) {
  return (
    <form role="search" action="/search" method="get" className="mt-4 flex max-w-2xl gap-2">
      <label htmlFor="search-page-q" className="sr-only">Search</label>
      <input
        id="search-page-q"
        name="q"
        type="search"
        defaultValue={active.q}
        placeholder="A firm, a person, an HS code, 联芯, Вектор…"
        className="min-w-0 flex-1 rounded-md border border-line bg-white px-3 py-2 text-base focus:border-accent"
      />
      {(["kind", "country", "tier", "scope"] as const).map((name) =>
        active[name] ? <input key={name} type="hidden" name={name} value={active[name]} /> : null,
      )}
      <button type="submit" className="rounded-md bg-accent px-4 py-2 text-sm font-semibold text-white hover:bg-accent-strong">
        Search
      </button>
    </form>
  );
}

function Results({ result, active, offset }: { result: SearchResponse; active: ActiveFilters; offset: number }) {
  const scope = result.scope;
  // Past the cap the count is a floor: paging goes on as far as offsets are allowed.
  const reachable = result.totalRelation === "gte" ? SEARCH_MAX_OFFSET + PAGE_SIZE : Math.min(result.total, SEARCH_MAX_OFFSET + PAGE_SIZE);
  const pages = Math.max(1, Math.ceil(reachable / PAGE_SIZE));
  const page = Math.floor(offset / PAGE_SIZE) + 1;
  const pageHref = (o: number) => searchPagePath({ ...active, offset: o });
  const filtered = Boolean(active.kind || active.country || active.tier);
  const hasNext = offset + PAGE_SIZE < reachable && offset + PAGE_SIZE <= SEARCH_MAX_OFFSET;
  return (
    <div className="grid gap-8 lg:grid-cols-[14rem_1fr]">
      <aside aria-label="Filters" className="order-2 lg:order-1">
        <SearchFacets facets={result.facets} active={active} relation={result.facetsRelation} />
      </aside>
      <section aria-labelledby="search-results-heading" className="order-1 min-w-0 lg:order-2">
        {result.indexing && <IndexingNotice indexing={result.indexing} />}
        <h2 id="search-results-heading" className="mb-3 text-sm text-muted" aria-live="polite">
          {resultCount(result.total, result.totalRelation)} for{" "}
          <span className="font-semibold text-ink">“{active.q}”</span>
          {scope === "workspace" ? " in the workspace, drafts and pending work included" : ""}
          {reachable > PAGE_SIZE ? ` · page ${page} of ${pages}${result.totalRelation === "gte" ? "+" : ""}` : ""}
        </h2>
        {active.scope === "workspace" && scope === "published" && (
          <p className="mb-3 text-sm text-muted">
            Showing the published edition. <Link href={`/signin?callbackUrl=${encodeURIComponent(searchPagePath({ ...active }))}`}>Sign in</Link> to include drafts.
          </p>
        )}
        {result.hits.length > 0 ? (
          <SearchHitList hits={result.hits} scope={scope} />
        ) : (
          <div className="rounded-lg border border-line bg-white p-6 text-sm text-muted">
            <p>Nothing matched. Try fewer words, another spelling, or part of a name.</p>
            {filtered && (
              <p className="mt-2">
                <Link href={searchPagePath({ q: active.q, scope: active.scope })}>Search without filters</Link>
              </p>
            )}
          </div>
        )}
        {(offset > 0 || hasNext) && (
          <nav aria-label="Result pages" className="mt-6 flex items-center justify-between text-sm">
            {offset > 0 ? <Link href={pageHref(Math.max(0, offset - PAGE_SIZE))} rel="prev">← Previous</Link> : <span />}
            {hasNext ? <Link href={pageHref(offset + PAGE_SIZE)} rel="next">Next →</Link> : <span />}
          </nav>
        )}
      </section>
    </div>
  );
}

function IndexingNotice({ indexing }: { indexing: { done: number; total: number } }) {
  const percent = indexing.total > 0 ? Math.floor((indexing.done / indexing.total) * 100) : 0;
  return (
    <p role="status" className="mb-3 rounded-md border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900">
      The search index is being built ({percent} % done): results may be incomplete until it is finished.
    </p>
  );
}

function SearchTips() {
  return (
    <section aria-labelledby="search-tips" className="max-w-2xl rounded-lg border border-line bg-white p-5 text-sm">
      <h2 id="search-tips" className="font-semibold">How search reads your words</h2>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-muted">
        <li>Names in any script: <em>Vektor</em>, <em>Вектор</em> and <em>Vector</em> find the same firm; so do two or more characters of a Chinese name (<em>联芯</em>).</li>
        <li>Accents and small misspellings of names do not matter.</li>
        <li><code>&quot;block trains&quot;</code> finds the exact phrase; <code>Lianxin OR Brightwave</code> either name; <code>Brightwave -Silverpeak</code> leaves out pages that mention Silverpeak.</li>
        <li>Only reviewed, published pages and claims are searched.</li>
      </ul>
    </section>
  );
}
