/**
 * A schema.org JSON-LD block. The one place that writes raw HTML: a <script> body
 * cannot be escaped by React, so "<" is written as \u003c, which no text in the
 * data can use to close the script element.
 */
export function JsonLd({ data }: { data: Record<string, unknown> }) {
  return (
    <script
      type="application/ld+json"
      dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, "\\u003c") }}
    />
  );
}
