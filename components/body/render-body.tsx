import type { ReactNode } from "react";
import type { BodyDoc, BodyMark, BodyNode } from "@/lib/editor/body-schema";
import type { Footnotes } from "@/lib/entities/footnotes";

/**
 * Renders validated tiptap JSON as React elements. No HTML string is ever
 * produced or injected: text is escaped by React, and a link is rendered only
 * when its href is http(s) or mailto (checked again here, not only on input).
 */
const SAFE_HREF = /^(https?:\/\/|mailto:)/i;

export function RenderBody({ doc, footnotes }: { doc: BodyDoc; footnotes: Footnotes }) {
  return <div className="prose-body">{doc.content.map((n, i) => renderNode(n, i, footnotes))}</div>;
}

function children(node: BodyNode, footnotes: Footnotes): ReactNode {
  return node.content?.map((n, i) => renderNode(n, i, footnotes));
}

function renderNode(node: BodyNode, key: number, footnotes: Footnotes): ReactNode {
  switch (node.type) {
    case "text":
      return <span key={key}>{applyMarks(node.text ?? "", node.marks ?? [])}</span>;
    case "paragraph":
      return <p key={key}>{children(node, footnotes)}</p>;
    case "heading": {
      const level = Number(node.attrs?.level);
      const Tag = level === 3 ? "h3" : level === 4 ? "h4" : "h2";
      return <Tag key={key}>{children(node, footnotes)}</Tag>;
    }
    case "bulletList":
      return <ul key={key}>{children(node, footnotes)}</ul>;
    case "orderedList":
      return <ol key={key} start={typeof node.attrs?.start === "number" ? node.attrs.start : undefined}>{children(node, footnotes)}</ol>;
    case "listItem":
      return <li key={key}>{children(node, footnotes)}</li>;
    case "blockquote":
      return <blockquote key={key}>{children(node, footnotes)}</blockquote>;
    case "hardBreak":
      return <br key={key} />;
    case "horizontalRule":
      return <hr key={key} />;
    case "table":
      return <div key={key} className="overflow-x-auto"><table><tbody>{children(node, footnotes)}</tbody></table></div>;
    case "tableRow":
      return <tr key={key}>{children(node, footnotes)}</tr>;
    case "tableHeader":
      return <th key={key} colSpan={cellSpan(node.attrs?.colspan)} rowSpan={cellSpan(node.attrs?.rowspan)}>{children(node, footnotes)}</th>;
    case "tableCell":
      return <td key={key} colSpan={cellSpan(node.attrs?.colspan)} rowSpan={cellSpan(node.attrs?.rowspan)}>{children(node, footnotes)}</td>;
    case "citation": {
      const target = footnotes.resolve(node.attrs as { claimId?: string; sourceId?: string });
      if (!target) return <sup key={key} className="text-muted" title="Citation not yet published">[?]</sup>;
      return (
        <sup key={key} className="font-sans text-xs">
          <a href={target.href} aria-label={`Footnote ${target.n}`}>[{target.n}]</a>
        </sup>
      );
    }
    default:
      return null;
  }
}

function cellSpan(v: unknown): number | undefined {
  return typeof v === "number" && v > 1 ? v : undefined;
}

function applyMarks(text: string, marks: BodyMark[]): ReactNode {
  return marks.reduce<ReactNode>((inner, mark) => {
    switch (mark.type) {
      case "bold":
        return <strong>{inner}</strong>;
      case "italic":
        return <em>{inner}</em>;
      case "strike":
        return <s>{inner}</s>;
      case "code":
        return <code>{inner}</code>;
      case "link":
        return SAFE_HREF.test(mark.attrs.href.trim()) ? (
          <a href={mark.attrs.href.trim()} rel="nofollow noopener noreferrer ugc">{inner}</a>
        ) : (
          inner
        );
      default:
        return inner;
    }
  }, text);
}
