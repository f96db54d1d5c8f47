/**
 * Snippet highlight markers. Private-use characters: they never occur in real text (we
 * strip them from everything we index), so splitting on them cannot be fooled by what a
 * page says, and the UI renders the parts as React text, never as HTML.
 */
export const HIGHLIGHT_START = "\uE000";
export const HIGHLIGHT_END = "\uE001";

const MARKERS = /[\uE000\uE001]/g;

/** Removes the markers from text before it is indexed. */
export function stripMarkers(text: string): string {
  return text.replace(MARKERS, "");
}

export type SnippetPart = { text: string; highlighted: boolean };

/** Splits a snippet into plain and highlighted parts; unbalanced markers are tolerated. */
export function snippetParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let highlighted = false;
  let current = "";
  for (const ch of snippet) {
    if (ch === HIGHLIGHT_START || ch === HIGHLIGHT_END) {
      if (current) parts.push({ text: current, highlighted });
      current = "";
      highlighted = ch === HIGHLIGHT_START;
      continue;
    }
    current += ch;
  }
  if (current) parts.push({ text: current, highlighted });
  return parts;
}

/**
 * Marks literal occurrences of terms (used for Chinese, which the text parser keeps as
 * one long word, so ts_headline cannot mark a two-character match inside it).
 */
export function markTerms(snippet: string, terms: string[]): string {
  const wanted = [...new Set(terms.filter((t) => t.length > 0))].sort((a, b) => b.length - a.length);
  if (wanted.length === 0) return snippet;
  const pattern = new RegExp(wanted.map(escapeRegExp).join("|"), "g");
  // Only outside existing highlights, so markers never nest.
  return snippetParts(snippet)
    .map((p) => (p.highlighted ? HIGHLIGHT_START + p.text + HIGHLIGHT_END : p.text.replace(pattern, (m) => HIGHLIGHT_START + m + HIGHLIGHT_END)))
    .join("");
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
