import type { CreateSourceRevisionInput } from "@/lib/sources/schema";
import type { SourceDetails } from "@/lib/sources/source-details";

/** The source edit form's values: every detail as the text in its control. */
export type SourceFormValues = {
  title: string; publisher: string; author: string; publishedAt: string; accessedAt: string; archiveUrl: string;
  type: SourceDetails["type"]; reliability: SourceDetails["reliability"];
};
export const SOURCE_FORM_KEYS = ["title", "publisher", "author", "publishedAt", "accessedAt", "archiveUrl", "type", "reliability"] as const;
export type SourceFormKey = (typeof SOURCE_FORM_KEYS)[number];

export function formValues(d: SourceDetails): SourceFormValues {
  return {
    title: d.title, publisher: d.publisher ?? "", author: d.author ?? "", publishedAt: d.publishedAt ?? "",
    accessedAt: d.accessedAt ?? "", archiveUrl: d.archiveUrl ?? "", type: d.type, reliability: d.reliability,
  };
}

/** The request body: an emptied optional detail is sent as null, which clears it. */
export function revisionInput(v: SourceFormValues, baseRevisionId: string | null, summary: string): CreateSourceRevisionInput {
  const orNull = (s: string) => (s.trim() === "" ? null : s.trim());
  return {
    baseRevisionId, title: v.title.trim(), publisher: orNull(v.publisher), author: orNull(v.author),
    publishedAt: orNull(v.publishedAt), accessedAt: orNull(v.accessedAt), archiveUrl: orNull(v.archiveUrl),
    type: v.type, reliability: v.reliability, ...(summary.trim() ? { summary: summary.trim() } : {}),
  };
}

/** The details where the newest proposal and mine differ. */
export function conflictingKeys(theirs: SourceFormValues, mine: SourceFormValues): SourceFormKey[] {
  return SOURCE_FORM_KEYS.filter((k) => theirs[k] !== mine[k]);
}

/** Takes mine for the details in keepMine (by default those I changed since loading: changedSinceLoad), the newest for the rest. */
export function mergeSourceValues(theirs: SourceFormValues, mine: SourceFormValues, keepMine: Set<SourceFormKey>): SourceFormValues {
  const merged = { ...theirs };
  for (const k of SOURCE_FORM_KEYS) if (keepMine.has(k)) Object.assign(merged, { [k]: mine[k] });
  return merged;
}

export function changedSinceLoad(base: SourceFormValues, mine: SourceFormValues): Set<SourceFormKey> {
  return new Set(SOURCE_FORM_KEYS.filter((k) => base[k] !== mine[k]));
}
