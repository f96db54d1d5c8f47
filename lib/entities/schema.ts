import { z } from "zod";
import { bodyDoc } from "@/lib/editor/body-schema";
import { editSummary, shortText, viewParam } from "@/lib/validation";
import type { Alias as AliasShape } from "@/db/schema/json-shapes";
import { ENTITY_KINDS, FIELD_SCHEMAS, type EntityKind } from "./fields";

export const alias = z
  .object({
    /** The name as written, in any script. */
    name: shortText.max(200),
    /** BCP 47 language tag, e.g. "ru", "zh-Hans", "en". */
    lang: z
      .string()
      .trim()
      .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, "must be a language tag such as en, ru or zh-Hans")
      .optional(),
  })
  .strict() satisfies z.ZodType<AliasShape>;
export type Alias = z.infer<typeof alias>;

export const entityTitle = shortText.max(200);

const revisionContent = {
  /** Page title: the entity's main name. */
  title: entityTitle,
  /** Other names, in any script, with language tags. */
  aliases: z.array(alias).max(50).default([]),
  /** Kind-specific fields; validated per kind. */
  fields: z.record(z.string(), z.unknown()).default({}),
  /** Page body as tiptap JSON. */
  body: bodyDoc.optional(),
  /** Edit summary. */
  summary: editSummary.optional(),
};

export const createEntityInput = z.object({
  /** firm, route or technology. */
  kind: z.enum(ENTITY_KINDS),
  ...revisionContent,
}).strict();
export type CreateEntityInput = z.input<typeof createEntityInput>;

export const createEntityRevisionInput = z.object({
  /** The revision this edit was made on; must be the entity's latest. */
  baseRevisionId: z.uuid(),
  title: entityTitle.optional(),
  aliases: z.array(alias).max(50).optional(),
  fields: z.record(z.string(), z.unknown()).optional(),
  body: bodyDoc.optional(),
  summary: editSummary.optional(),
}).strict();
export type CreateEntityRevisionInput = z.input<typeof createEntityRevisionInput>;

/** Validates kind-specific fields, prefixing issue paths with "fields". */
export function parseFields(kind: EntityKind, fields: unknown) {
  const result = FIELD_SCHEMAS[kind].safeParse(fields ?? {});
  if (result.success) return { ok: true as const, fields: result.data };
  return {
    ok: false as const,
    issues: result.error.issues.map((i) => ({ ...i, path: ["fields", ...i.path] })),
  };
}

export const listEntitiesInput = z.object({
  /** Only entities of this kind. */
  kind: z.enum(ENTITY_KINDS).optional(),
  /** Page size. */
  limit: z.coerce.number().int().min(1).max(200).default(50),
  /** nextCursor of the previous page. */
  cursor: z.string().max(200).optional(),
  /** published (default) or latest (members only; the public always gets published). */
  view: viewParam,
});

/** Query of GET /entities/{slug}. */
export const getEntityInput = z.object({ view: viewParam });
