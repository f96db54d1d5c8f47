/**
 * Builders for the demo data set (lib/seed/demo/*): tiptap JSON for page bodies, and the
 * dates, amounts and citations of claims. Fictional-data rules: lib/seed/demo-data.ts.
 */
import type { BodyDoc, BodyNode } from "@/lib/editor/body-schema";

// ---------------------------------------------------------------------------
// Body helpers (tiptap JSON)
// ---------------------------------------------------------------------------

type Inline = string | BodyNode;

export const txt = (text: string): BodyNode => ({ type: "text", text });
export const b = (text: string): BodyNode => ({ type: "text", text, marks: [{ type: "bold" }] });
export const i = (text: string): BodyNode => ({ type: "text", text, marks: [{ type: "italic" }] });
export const a = (text: string, href: string): BodyNode => ({
  type: "text",
  text,
  marks: [{ type: "link", attrs: { href } }],
});
const inline = (parts: Inline[]): BodyNode[] => parts.map((x) => (typeof x === "string" ? txt(x) : x));

/** A paragraph from strings and marked text nodes. */
export const p = (...parts: Inline[]): BodyNode => ({ type: "paragraph", content: inline(parts) });
/** A heading, level 2–4. */
export const h = (level: 2 | 3 | 4, text: string): BodyNode => ({ type: "heading", attrs: { level }, content: [txt(text)] });
/** A bullet list; each item is a string or an array of inline parts. */
export const ul = (...items: Array<string | Inline[]>): BodyNode => ({
  type: "bulletList",
  content: items.map((item) => ({
    type: "listItem",
    content: [p(...(typeof item === "string" ? [item] : item))],
  })),
});
/** A block quote holding one paragraph. */
export const quote = (...parts: Inline[]): BodyNode => ({ type: "blockquote", content: [p(...parts)] });
export const doc = (...content: BodyNode[]): BodyDoc => ({ type: "doc", content });

/** First paragraphs: every body opens by saying plainly that it is demo data. */
export const DEMO_FIRM = p(
  b("Demo data:"),
  " this firm is fictional and exists only to demonstrate Nexus Watch. Its name, registration numbers, addresses, people and transactions are invented; any resemblance to a real company is coincidental.",
);
export const DEMO_ROUTE = p(
  b("Demo data:"),
  " this route profile is fictional and exists only to demonstrate Nexus Watch. The places are real, but every firm, shipment, date and figure linked to the route is invented.",
);
export const DEMO_TECH = p(
  b("Demo data:"),
  " this technology profile exists only to demonstrate Nexus Watch. The HS codes, CHPL tier and control references are real classifications; every firm, shipment and figure linked to it is fictional.",
);

// ---------------------------------------------------------------------------
// Claim helpers
// ---------------------------------------------------------------------------

export const day = (date: string) => ({ date, precision: "day" as const });
export const month = (ym: string) => ({ date: `${ym}-01`, precision: "month" as const });
export const year = (y: number) => ({ date: `${y}-01-01`, precision: "year" as const });

export const money = (amount: number, currency: string) => ({ amount, currency });
export const qty = (quantity: number, unit: string) => ({ quantity, unit });

/** A citation: source key, locator, and optionally a short quote. */
export const cite = (source: string, locator: string, quote?: string) =>
  quote ? { source, quote, locator } : { source, locator };

