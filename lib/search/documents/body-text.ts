import type { BodyDoc, BodyNode } from "@/lib/editor/body-schema";

const BLOCKS = new Set(["paragraph", "heading", "blockquote", "listItem", "tableCell", "tableHeader", "codeBlock"]);

/**
 * The plain text of a page body, blocks separated by newlines. Iterative, so a deeply
 * nested body cannot exhaust the stack (the body schema limits depth, but the index must
 * never be the place that crashes).
 */
export function bodyText(body: BodyDoc | null | undefined, maxChars = 20_000): string {
  if (!body) return "";
  const out: string[] = [];
  let length = 0;
  const stack: Array<BodyNode | "\n"> = [...body.content].reverse();
  while (stack.length > 0 && length < maxChars) {
    const node = stack.pop()!;
    if (node === "\n") {
      out.push("\n");
      continue;
    }
    if (typeof node.text === "string") {
      out.push(node.text);
      length += node.text.length;
    }
    if (node.type === "hardBreak") out.push(" ");
    if (BLOCKS.has(node.type)) stack.push("\n");
    if (node.content) for (let i = node.content.length - 1; i >= 0; i--) stack.push(node.content[i]!);
  }
  return out.join("").replace(/[ \t]+/g, " ").replace(/\n\s*/g, "\n").trim().slice(0, maxChars);
}
