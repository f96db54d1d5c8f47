import { bodyText, type BodyDoc } from "@/lib/editor/body-schema";
import type { Alias } from "@/lib/entities/schema";
import { FIELD_LABELS } from "@/lib/entities/fields";
import { fieldText, type Flat } from "./diff";

// Pure: client components (the editor's conflict view) import this file, so it must not import
// anything that reaches the database — that would ship server code to the browser
// (scripts/check-bundle.mjs fails the build check). Claims, which need the database, are in flatten-claim.ts.

export type EntityContent = { title: string; aliases: Alias[]; fields: Record<string, unknown>; body: BodyDoc | null | undefined };

/** An entity revision's content as labelled lines, for diffs in review, history and conflicts. */
export function flattenEntity(r: EntityContent): Flat {
  return [
    { key: "title", label: "Title", text: r.title },
    { key: "aliases", label: "Aliases", text: r.aliases.map((a) => (a.lang ? `${a.name} (${a.lang})` : a.name)).join("\n") },
    ...Object.entries(r.fields).map(([k, v]) => ({ key: `fields.${k}`, label: FIELD_LABELS[k] ?? k, text: fieldText(v) })),
    { key: "body", label: "Body", text: bodyText(r.body) },
  ];
}
