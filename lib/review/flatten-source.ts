import { RELIABILITY_LABELS, SOURCE_TYPE_LABELS } from "@/lib/sources/schema";
import type { SourceDetails } from "@/lib/sources/source-details";
import type { Flat } from "./diff";

/** A source's details as labelled lines, for diffs in review and history. Pure: the edit form's conflict view imports it. */
export function flattenSource(d: SourceDetails): Flat {
  return [
    { key: "title", label: "Title", text: d.title },
    { key: "publisher", label: "Publisher", text: d.publisher ?? "" },
    { key: "author", label: "Author", text: d.author ?? "" },
    { key: "publishedAt", label: "Published", text: d.publishedAt ?? "" },
    { key: "accessedAt", label: "Accessed", text: d.accessedAt ?? "" },
    { key: "archiveUrl", label: "Archived copy", text: d.archiveUrl ?? "" },
    { key: "type", label: "Type", text: SOURCE_TYPE_LABELS[d.type] },
    { key: "reliability", label: "Reliability", text: `${d.reliability} (${RELIABILITY_LABELS[d.reliability]})` },
  ];
}
