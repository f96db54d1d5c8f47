import { z } from "zod";
import type { BodyDoc, BodyMark, BodyNode } from "@/db/schema/json-shapes";

export type { BodyDoc, BodyMark, BodyNode };

/**
 * The page body is tiptap JSON, stored as validated JSON and never as HTML.
 * Only the nodes and marks below are accepted; anything else (script tags,
 * event-handler attributes, javascript: links) has no way in.
 */
export const MAX_BODY_DEPTH = 24;
export const MAX_BODY_BYTES = 200_000;

export const SAFE_LINK = /^(https?:\/\/|mailto:)/i;

const mark = z.discriminatedUnion("type", [
  z.object({ type: z.literal("bold") }).strict(),
  z.object({ type: z.literal("italic") }).strict(),
  z.object({ type: z.literal("strike") }).strict(),
  z.object({ type: z.literal("code") }).strict(),
  z.object({
    type: z.literal("link"),
    attrs: z
      .object({
        href: z.string().max(2048).refine((h) => SAFE_LINK.test(h.trim()), { message: "links must be http(s) or mailto" }),
        target: z.string().nullish(),
        rel: z.string().nullish(),
        class: z.string().nullish(),
        title: z.string().max(300).nullish(),
      })
      .strict(),
  }).strict(),
]) satisfies z.ZodType<BodyMark>;

const children = () => z.array(node).max(2000).optional();

const textNode = z.object({
  type: z.literal("text"),
  text: z.string().min(1).max(20_000),
  marks: z.array(mark).max(10).optional(),
}).strict();

const alignAttrs = z.object({ textAlign: z.enum(["left", "center", "right", "justify"]).nullish() }).strict();

const cellAttrs = z
  .object({
    colspan: z.number().int().min(1).max(50).optional(),
    rowspan: z.number().int().min(1).max(50).optional(),
    colwidth: z.array(z.number().int().min(0).max(5000)).nullish(),
  })
  .strict();

/** Inline citation: a numbered footnote pointing at a claim or a source. */
const citationAttrs = z
  .object({
    claimId: z.uuid().nullish(),
    sourceId: z.uuid().nullish(),
    locator: z.string().max(200).nullish(),
  })
  .strict()
  .refine((a) => !!a.claimId !== !!a.sourceId, { message: "a citation points at exactly one claim or source" });

const node: z.ZodType<BodyNode> = z.lazy(() =>
  z.discriminatedUnion("type", [
    textNode,
    z.object({ type: z.literal("paragraph"), attrs: alignAttrs.optional(), content: children() }).strict(),
    z.object({
      type: z.literal("heading"),
      attrs: z.object({ level: z.number().int().min(2).max(4), textAlign: alignAttrs.shape.textAlign }).strict(),
      content: children(),
    }).strict(),
    z.object({ type: z.literal("bulletList"), content: children() }).strict(),
    z.object({
      type: z.literal("orderedList"),
      attrs: z.object({ start: z.number().int().min(0).max(100000).optional(), type: z.string().nullish() }).strict().optional(),
      content: children(),
    }).strict(),
    z.object({ type: z.literal("listItem"), content: children() }).strict(),
    z.object({ type: z.literal("blockquote"), content: children() }).strict(),
    z.object({ type: z.literal("hardBreak") }).strict(),
    z.object({ type: z.literal("horizontalRule") }).strict(),
    z.object({ type: z.literal("table"), content: children() }).strict(),
    z.object({ type: z.literal("tableRow"), content: children() }).strict(),
    z.object({ type: z.literal("tableHeader"), attrs: cellAttrs.optional(), content: children() }).strict(),
    z.object({ type: z.literal("tableCell"), attrs: cellAttrs.optional(), content: children() }).strict(),
    z.object({ type: z.literal("citation"), attrs: citationAttrs }).strict(),
  ]),
) as z.ZodType<BodyNode>;

/** Depth of a JSON value, measured without recursion so hostile nesting cannot overflow the stack. */
export function jsonDepth(value: unknown): number {
  let max = 0;
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length) {
    const [v, d] = stack.pop()!;
    if (d > max) max = d;
    if (d > MAX_BODY_DEPTH * 3) return d;
    if (v && typeof v === "object") {
      for (const child of Object.values(v as object)) stack.push([child, d + 1]);
    }
  }
  return max;
}

export const bodyDoc = z
  .unknown()
  .superRefine((v, ctx) => {
    // Each body level is node → content array, so a level counts twice.
    if (jsonDepth(v) > MAX_BODY_DEPTH * 2 + 2) ctx.addIssue({ code: "custom", message: "body is nested too deeply" });
    else if (JSON.stringify(v ?? null).length > MAX_BODY_BYTES) ctx.addIssue({ code: "custom", message: "body is too large" });
  })
  .pipe(
    z.object({ type: z.literal("doc"), content: z.array(node).max(2000) }).strict(),
  ) as unknown as z.ZodType<BodyDoc>;

export const EMPTY_DOC: BodyDoc = { type: "doc", content: [] };

/** Plain text of a body, for search and diffs. */
export function bodyText(doc: BodyDoc | null | undefined): string {
  const parts: string[] = [];
  const walk = (n: BodyNode) => {
    if (n.type === "text" && n.text) parts.push(n.text);
    n.content?.forEach(walk);
    if (["paragraph", "heading", "listItem", "tableCell", "tableHeader"].includes(n.type)) parts.push("\n");
  };
  doc?.content.forEach(walk);
  return parts.join("").replace(/\n{2,}/g, "\n").trim();
}
