import type { BodyDoc } from "@/lib/editor/body-schema";
import type { Alias } from "@/lib/entities/schema";
import type { EntityKind } from "@/lib/entities/fields";
import { cleanAliases, cleanFields } from "@/lib/entities/clean-fields";

export { cleanFields };

/** The entity editor's state: what the form holds, turned into an API payload on save. */
export type EntityDraft = {
  title: string;
  aliases: Alias[];
  fields: Record<string, unknown>;
  body: BodyDoc;
  summary: string;
};

export const EMPTY_BODY: BodyDoc = { type: "doc", content: [{ type: "paragraph" }] } as BodyDoc;

export const EMPTY_FIELDS: Record<EntityKind, Record<string, unknown>> = {
  firm: { country: "", roles: [], registrations: [], sanctions: [], website: "" },
  route: { origin: "", transit: [], destination: "", modes: [], activeFrom: "", activeTo: "" },
  technology: { hsCodes: [], chplTier: "", controls: [], category: "" },
};

/** Is the body empty of content (one empty paragraph)? Then it is saved as no body. */
function isEmptyBody(body: BodyDoc): boolean {
  return body.content.length === 0 || (body.content.length === 1 && body.content[0]!.type === "paragraph" && !body.content[0]!.content?.length);
}

export function payloadFromDraft(draft: EntityDraft) {
  return {
    title: draft.title.trim(),
    aliases: cleanAliases(draft.aliases),
    fields: (cleanFields(draft.fields) as Record<string, unknown>) ?? {},
    body: isEmptyBody(draft.body) ? undefined : draft.body,
    summary: draft.summary.trim() || undefined,
  };
}

/** The editable state of a saved revision: saved fields over the kind's empty form, so every input has a value. */
export function draftFromRevision(kind: EntityKind, r: { title: string; aliases: Alias[]; fields: Record<string, unknown>; body?: BodyDoc | null }): EntityDraft {
  return { title: r.title, aliases: r.aliases, fields: { ...EMPTY_FIELDS[kind], ...r.fields }, body: r.body ?? EMPTY_BODY, summary: "" };
}
