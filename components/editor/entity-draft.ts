import type { BodyDoc } from "@/lib/editor/body-schema";
import type { Alias } from "@/lib/entities/schema";
import type { EntityKind } from "@/lib/entities/fields";

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

/** Drops empty strings, empty rows and empty lists, so an untouched input means "not given" rather than "invalid". */
export function cleanFields(value: unknown): unknown {
  if (Array.isArray(value)) {
    const rows = value.map(cleanFields).filter((v) => v !== undefined && !(typeof v === "object" && v !== null && Object.keys(v).length === 0));
    return rows.length ? rows : undefined;
  }
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const c = cleanFields(v);
      if (c !== undefined) out[k] = c;
    }
    return out;
  }
  if (typeof value === "string") return value.trim() === "" ? undefined : value.trim();
  return value;
}

/** Is the body empty of content (one empty paragraph)? Then it is saved as no body. */
function isEmptyBody(body: BodyDoc): boolean {
  return body.content.length === 0 || (body.content.length === 1 && body.content[0]!.type === "paragraph" && !body.content[0]!.content?.length);
}

export function payloadFromDraft(draft: EntityDraft) {
  return {
    title: draft.title.trim(),
    aliases: draft.aliases.filter((a) => a.name.trim()).map((a) => ({ name: a.name.trim(), ...(a.lang?.trim() ? { lang: a.lang.trim() } : {}) })),
    fields: (cleanFields(draft.fields) as Record<string, unknown>) ?? {},
    body: isEmptyBody(draft.body) ? undefined : draft.body,
    summary: draft.summary.trim() || undefined,
  };
}

/** The editable state of a saved revision: saved fields over the kind's empty form, so every input has a value. */
export function draftFromRevision(kind: EntityKind, r: { title: string; aliases: Alias[]; fields: Record<string, unknown>; body?: BodyDoc | null }): EntityDraft {
  return { title: r.title, aliases: r.aliases, fields: { ...EMPTY_FIELDS[kind], ...r.fields }, body: r.body ?? EMPTY_BODY, summary: "" };
}
