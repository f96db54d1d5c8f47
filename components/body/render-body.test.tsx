import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { BodyDoc } from "@/lib/editor/body-schema";
import { buildFootnotes } from "@/lib/entities/footnotes";
import type { ClaimView } from "@/lib/claims/queries";
import { RenderBody } from "./render-body";

const SOURCE = "6f1c1b8e-7d0c-4d59-9d7e-3f1f3f6e2a11";
const claim = {
  id: "c1", citations: [{ source: { id: SOURCE, title: "S", url: "https://s.example" }, quote: null, locator: null }],
} as unknown as ClaimView;

const render = (doc: BodyDoc) => renderToStaticMarkup(<RenderBody doc={doc} footnotes={buildFootnotes([claim])} />);

describe("server rendering of the page body", () => {
  it("renders headings, lists, tables, links and numbered citations without a browser", () => {
    const html = render({
      type: "doc",
      content: [
        { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Overview" }] },
        { type: "paragraph", content: [
          { type: "text", text: "See " },
          { type: "text", text: "the registry", marks: [{ type: "link", attrs: { href: "https://registry.example/1" } }] },
          { type: "citation", attrs: { sourceId: SOURCE } },
          { type: "citation", attrs: { claimId: "6f1c1b8e-7d0c-4d59-9d7e-3f1f3f6e2a12" } },
        ] },
        { type: "bulletList", content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "one" }] }] }] },
        { type: "table", content: [{ type: "tableRow", content: [{ type: "tableCell", content: [{ type: "paragraph", content: [{ type: "text", text: "cell" }] }] }] }] },
      ],
    });
    expect(html).toContain("<h2>Overview</h2>");
    expect(html).toMatch(/<a[^>]+href="https:\/\/registry.example\/1"/);
    expect(html).toContain('href="#fn-1"');
    expect(html).toContain("[?]");
    expect(html).toContain("<li>");
    expect(html).toContain("cell");
  });

  it("escapes text that looks like HTML", () => {
    const html = render({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "<script>alert(1)</script><img src=x onerror=alert(1)>" }] }] });
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;script&gt;");
  });

  it("never renders a javascript: link, even if one reached the database", () => {
    const html = render({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] }] }] });
    expect(html).not.toContain("javascript:");
  });
});
