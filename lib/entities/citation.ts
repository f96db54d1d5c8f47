import { formatDate } from "@/lib/format";
import type { EntityKind } from "./fields";
import { entityPath } from "./sections";

export const SITE_NAME = "Nexus Watch";

export type CitablePage = {
  slug: string;
  kind: EntityKind;
  title: string;
  revision: { id: string; number: number };
  publishedAt: string | null;
};

/** The stable address of one published revision: it keeps showing that revision after the page changes. */
export function permalinkPath(page: { kind: EntityKind; slug: string; revision: { id: string } }): string {
  return `${entityPath(page)}?revision=${page.revision.id}`;
}

/** Citation of a page revision in running text, e.g. for a report's footnote. */
export function citationText(page: CitablePage, origin: string, accessed: Date): string {
  const published = page.publishedAt ? `, published ${formatDate(page.publishedAt.slice(0, 10))}` : "";
  return (
    `${SITE_NAME} contributors, “${page.title}” (${page.kind}), revision ${page.revision.number}${published}. ` +
    `${SITE_NAME}. ${origin}${permalinkPath(page)} (accessed ${formatDate(accessed.toISOString().slice(0, 10))}).`
  );
}

/** The same as a BibTeX entry, for reference managers. */
export function citationBibtex(page: CitablePage, origin: string, accessed: Date): string {
  const year = page.publishedAt?.slice(0, 4) ?? accessed.toISOString().slice(0, 4);
  const fields: Array<[string, string]> = [
    ["title", bibtexEscape(page.title)],
    ["author", `{${SITE_NAME} contributors}`],
    ["howpublished", SITE_NAME],
    ["year", year],
    ["note", `Revision ${page.revision.number}${page.publishedAt ? `, published ${page.publishedAt.slice(0, 10)}` : ""}; accessed ${accessed.toISOString().slice(0, 10)}`],
    ["url", `${origin}${permalinkPath(page)}`],
  ];
  const key = `nexuswatch-${page.slug}-r${page.revision.number}`;
  return `@misc{${key},\n${fields.map(([k, v]) => `  ${k} = {${v}}`).join(",\n")}\n}`;
}

/** Characters BibTeX treats as markup, escaped so a title reads as written. */
function bibtexEscape(text: string): string {
  const special: Record<string, string> = { "\\": "\\textbackslash{}", "^": "\\^{}", "~": "\\~{}" };
  return text.replace(/[\\{}%&$#_^~]/g, (c) => special[c] ?? `\\${c}`);
}
