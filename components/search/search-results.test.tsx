import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { HIGHLIGHT_END as E, HIGHLIGHT_START as S } from "@/lib/search/highlight";
import type { SearchHit } from "@/lib/search/types";
import { resultCount } from "@/lib/search/result-count";
import { HighlightedSnippet } from "./highlighted-snippet";
import { SearchFacets } from "./search-facets";
import { SearchHitList } from "./search-hit-list";

const firm: SearchHit = {
  type: "entity", id: "e1", slug: "vektor-komplekt-llc", kind: "firm", title: "Vektor-Komplekt LLC", subtitle: null,
  snippet: `ООО «${S}Вектор${E}-Комплект»`,
};
const claim: SearchHit = {
  type: "claim", id: "c1", slug: "vektor-komplekt-llc", kind: "firm", title: "Vektor imported modules.", subtitle: "Vektor-Komplekt LLC",
  snippet: `${S}Vektor${E} imported modules.`,
};

describe("search results as the reader sees them", () => {
  it("marks matched words and renders everything else as text, never as HTML", () => {
    const html = renderToStaticMarkup(<HighlightedSnippet snippet={`<img src=x onerror=alert(1)> ${S}<b>match</b>${E}`} />);
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(html).toContain("<mark");
    expect(html).toContain("&lt;b&gt;match&lt;/b&gt;</mark>");
    expect(html).not.toContain("<img");
  });

  it("links pages to the public page and claims to their place on the subject's page", () => {
    const html = renderToStaticMarkup(<SearchHitList hits={[firm, claim]} scope="published" />);
    expect(html).toContain('href="/firms/vektor-komplekt-llc"');
    expect(html).toContain('href="/firms/vektor-komplekt-llc#claim-c1"');
    expect(html).toContain("about Vektor-Komplekt LLC");
    const workspace = renderToStaticMarkup(<SearchHitList hits={[firm]} scope="workspace" />);
    expect(workspace).toContain('href="/workspace/entities/vektor-komplekt-llc"');
  });

  it("offers facet filters with counts, keeps the query, and lets the reader clear a filter", () => {
    const html = renderToStaticMarkup(
      <SearchFacets facets={{ kind: { firm: 3, claim: 5 }, country: { RU: 4 }, tier: { "1": 2 } }} active={{ q: "vektor", kind: "firm" }} />,
    );
    expect(html).toContain('href="/search?q=vektor&amp;kind=claim"');
    expect(html).toContain('href="/search?q=vektor&amp;kind=firm&amp;country=RU"');
    expect(html).toContain('aria-current="true"');
    expect(html).toContain("Any kind");
    expect(html).toContain("Russia");
    expect(html).toContain("Tier 1");
  });

  it("says a common word has 1,000+ results, and that facets counted only the first thousand", () => {
    expect(resultCount(1000, "gte")).toBe("1,000+ results");
    expect(resultCount(1000, "eq")).toBe("1,000 results");
    expect(resultCount(1, "eq")).toBe("1 result");
    expect(resultCount(0, "eq")).toBe("No results");
    const capped = renderToStaticMarkup(<SearchFacets facets={{ kind: { claim: 990, firm: 10 }, country: {}, tier: {} }} active={{ q: "moscow" }} relation="gte" />);
    expect(capped).toContain("Counted over the first 1,000 matches.");
    const exact = renderToStaticMarkup(<SearchFacets facets={{ kind: { claim: 9 }, country: {}, tier: {} }} active={{ q: "moscow" }} />);
    expect(exact).not.toContain("Counted over");
  });
});
