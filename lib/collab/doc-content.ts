import { getSchema, type JSONContent } from "@tiptap/core";
import { prosemirrorJSONToYXmlFragment, yXmlFragmentToProsemirrorJSON } from "@tiptap/y-tiptap";
import * as Y from "yjs";
import { bodyExtensions } from "@/lib/editor/extensions";
import { SAFE_LINK, type BodyDoc, type BodyNode } from "@/lib/editor/body-schema";
import { cleanAliases, cleanFields } from "@/lib/entities/clean-fields";
import type { Alias } from "@/lib/entities/schema";
import type { EntityContent } from "@/lib/review/flatten";

/**
 * The co-editing contract (docs/editing.md): the document of a page is named entity/<entity id>;
 * its body is the Y.XmlFragment "body" (tiptap JSON schema); title, aliases and facts are plain
 * values in the Y.Map "fields" ("title": string, "aliases": [{name, lang}], "facts": object).
 */
export const BODY_FIELD = "body";
export const FIELDS_MAP = "fields";
const DOC_NAME = /^entity\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

export function documentName(entityId: string): string {
  return `entity/${entityId}`;
}

/** The entity id a document name points at, or null for a name outside the contract. */
export function entityIdOfDocument(name: string): string | null {
  return DOC_NAME.exec(name)?.[1]?.toLowerCase() ?? null;
}

let schema: ReturnType<typeof getSchema> | null = null;
/** The ProseMirror schema of the page body: the same extensions the editor and the renderer use. */
function bodySchema() {
  schema ??= getSchema(bodyExtensions);
  return schema;
}

/** Writes a page's content into an empty Yjs document (the start of a shared draft). */
export function fillDoc(doc: Y.Doc, content: EntityContent): void {
  doc.transact(() => {
    const fields = doc.getMap(FIELDS_MAP);
    fields.set("title", content.title);
    fields.set("aliases", content.aliases);
    fields.set("facts", content.fields);
    if (content.body?.content.length) prosemirrorJSONToYXmlFragment(bodySchema(), content.body, doc.getXmlFragment(BODY_FIELD));
  });
}

/** A new Yjs document state holding the content, as stored for a draft that starts from a revision. */
export function stateFromContent(content: EntityContent): Uint8Array {
  const doc = new Y.Doc();
  fillDoc(doc, content);
  const state = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return state;
}

/**
 * Reads a page's content out of a shared document, as it stands. Nothing here is trusted: any client
 * with edit rights may have written anything into the document, so the values are coerced to their
 * types and the body is cleaned to the nodes and marks the page schema knows (see cleanBody). The
 * result still goes through the same validation as any revision before it is stored.
 */
export function contentOfDoc(doc: Y.Doc): EntityContent {
  const fields = doc.getMap(FIELDS_MAP);
  const title = fields.get("title");
  const aliases = fields.get("aliases");
  const facts = fields.get("facts");
  const body = yXmlFragmentToProsemirrorJSON(doc.getXmlFragment(BODY_FIELD)) as JSONContent;
  // The editor keeps form values as typed (empty rows, blank inputs); they are cleaned as a form's are on save.
  return {
    title: typeof title === "string" ? title.trim() : "",
    aliases: Array.isArray(aliases) ? (cleanAliases(aliases.filter(isAliasLike) as Alias[]) as Alias[]) : [],
    fields: facts && typeof facts === "object" && !Array.isArray(facts) ? ((cleanFields(facts) as Record<string, unknown> | undefined) ?? {}) : {},
    body: cleanBody(body),
  };
}

export function contentOfState(state: Uint8Array): EntityContent {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  const content = contentOfDoc(doc);
  doc.destroy();
  return content;
}

function isAliasLike(a: unknown): boolean {
  return !!a && typeof a === "object" && typeof (a as { name?: unknown }).name === "string";
}

/**
 * Strips from a body what the page schema does not know: unknown nodes (with their content),
 * unknown marks, links that are not http(s)/mailto, and attributes the schema does not declare.
 * The browser editor drops such things on its own; a script writing to the socket might not.
 */
export function cleanBody(json: JSONContent): BodyDoc | null {
  const s = bodySchema();
  const cleanNode = (n: JSONContent): BodyNode | null => {
    if (!n.type || !(n.type in s.nodes)) return null;
    if (n.type === "text") {
      if (!n.text) return null;
      const marks = (n.marks ?? []).flatMap((m) => {
        if (!(m.type in s.marks)) return [];
        if (m.type !== "link") return [{ type: m.type }];
        const href = typeof m.attrs?.href === "string" ? m.attrs.href : "";
        return SAFE_LINK.test(href.trim()) ? [{ type: "link", attrs: knownAttrs(m.attrs, s.marks.link!.spec.attrs) }] : [];
      });
      return { type: "text", text: n.text, ...(marks.length ? { marks: marks as BodyNode["marks"] } : {}) };
    }
    const spec = s.nodes[n.type]!.spec;
    const attrs = knownAttrs(n.attrs, spec.attrs);
    const content = (n.content ?? []).map(cleanNode).filter((c): c is BodyNode => c !== null);
    return { type: n.type, ...(attrs ? { attrs } : {}), ...(content.length ? { content } : {}) };
  };
  const content = (json.content ?? []).map(cleanNode).filter((c): c is BodyNode => c !== null);
  // An editor always holds at least one (empty) paragraph: that is no body.
  return content.some((n) => n.type !== "paragraph" || n.content?.length) ? { type: "doc", content } : null;
}

/** Keeps the attributes a node or mark declares, leaving out nulls (the stored JSON omits defaults). */
function knownAttrs(attrs: Record<string, unknown> | undefined, declared: Record<string, unknown> | undefined) {
  if (!attrs || !declared) return undefined;
  const kept = Object.entries(attrs).filter(([k, v]) => k in declared && v !== null && v !== undefined);
  return kept.length ? Object.fromEntries(kept) : undefined;
}
