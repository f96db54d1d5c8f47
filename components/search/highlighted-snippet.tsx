import { snippetParts } from "@/lib/search/highlight";

/**
 * A snippet with its matched words in <mark>. The markers are split on and every part is
 * rendered as React text: nothing from the index is ever parsed as HTML.
 */
export function HighlightedSnippet({ snippet, className }: { snippet: string; className?: string }) {
  const parts = snippetParts(snippet);
  if (parts.length === 0) return null;
  return (
    <span className={className}>
      {parts.map((part, i) =>
        part.highlighted ? (
          <mark key={i} className="rounded-sm bg-amber-100 px-0.5 text-ink">
            {part.text}
          </mark>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </span>
  );
}
