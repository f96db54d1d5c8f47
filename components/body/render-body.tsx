import { renderToReactElement } from "@tiptap/static-renderer/pm/react";
import type { BodyDoc } from "@/lib/editor/body-schema";
import { bodyExtensions } from "@/lib/editor/extensions";
import type { Footnotes } from "@/lib/entities/footnotes";

/**
 * Renders the validated tiptap JSON of a page body on the server, with the same
 * extensions as the editor and no browser: the document is rebuilt against the
 * editor's schema and emitted as React elements. No HTML string is produced or
 * injected; text is escaped by React. Inline citations become footnote links.
 */
export function RenderBody({ doc, footnotes }: { doc: BodyDoc; footnotes: Footnotes }) {
  return (
    <div className="prose-body">
      {renderToReactElement({
        content: doc,
        extensions: bodyExtensions,
        options: {
          nodeMapping: {
            citation: ({ node }) => {
              const target = footnotes.resolve(node.attrs as { claimId?: string | null; sourceId?: string | null });
              if (!target) return <sup className="text-muted" title="Citation not yet published">[?]</sup>;
              return (
                <sup className="font-sans text-xs">
                  <a href={target.href} aria-label={`Footnote ${target.n}`}>[{target.n}]</a>
                </sup>
              );
            },
          },
        },
      })}
    </div>
  );
}
