import { describe, expect, it } from "vitest";
import { bodyDoc, bodyText } from "./body-schema";

const doc = (...content: unknown[]) => ({ type: "doc", content });
const p = (...content: unknown[]) => ({ type: "paragraph", content });

describe("page body validation", () => {
  it("accepts headings, lists, links, tables and inline citations", () => {
    const body = doc(
      { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Overview" }] },
      p({ type: "text", text: "See ", marks: [{ type: "bold" }] }, { type: "text", text: "here", marks: [{ type: "link", attrs: { href: "https://a.example" } }] },
        { type: "citation", attrs: { sourceId: "6f1c1b8e-7d0c-4d59-9d7e-3f1f3f6e2a11" } }),
      { type: "bulletList", content: [{ type: "listItem", content: [p({ type: "text", text: "one" })] }] },
      { type: "table", content: [{ type: "tableRow", content: [{ type: "tableCell", content: [p({ type: "text", text: "cell" })] }] }] },
    );
    const r = bodyDoc.safeParse(body);
    expect(r.success).toBe(true);
    expect(bodyText(r.data)).toContain("Overview");
  });

  it.each([
    ["a javascript: link", p({ type: "text", text: "x", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] })],
    ["a script node", { type: "script", content: [{ type: "text", text: "alert(1)" }] }],
    ["an onerror attribute", { type: "paragraph", attrs: { onerror: "alert(1)" }, content: [] }],
    ["raw HTML in an image node", { type: "image", attrs: { src: "x", onerror: "alert(1)" } }],
    ["a citation pointing at nothing", p({ type: "citation", attrs: {} })],
  ])("refuses %s", (_, node) => {
    expect(bodyDoc.safeParse(doc(node)).success).toBe(false);
  });

  it("refuses deep nesting without overflowing the stack", () => {
    let node: unknown = { type: "text", text: "deep" };
    for (let i = 0; i < 100_000; i++) node = { type: "blockquote", content: [node] };
    expect(bodyDoc.safeParse(doc(node)).success).toBe(false);
  });
});
