import { diff3Merge } from "node-diff3";
import type { BodyDoc, BodyNode } from "./body-schema";

// Pure: the editor's conflict view imports this in the browser, and the revisions API on the server.

/** The parts of a page, as a three-way merge sees them. */
export type PageContent = { title: string; aliases: unknown[]; fields: Record<string, unknown>; body: BodyDoc | null | undefined };

/** One stretch of the merged body: blocks both sides agree on, or a place where both changed the same blocks. */
export type BodySegment =
  | { ok: BodyNode[] }
  | { conflict: { base: BodyNode[]; theirs: BodyNode[]; mine: BodyNode[] } };

export type FieldPart = "title" | "aliases" | "fields";
/** A part both sides changed differently; the person chooses. */
export type PartConflict = { part: FieldPart; base: unknown; theirs: unknown; mine: unknown };

export type MergeResult = {
  /** Title, aliases and facts as merged; where a part is in conflict, "mine" stands until resolved. */
  content: PageContent;
  parts: PartConflict[];
  body: BodySegment[];
  /** True when nothing needs a person's decision. */
  clean: boolean;
};

/** A canonical text of a value: key order does not count (jsonb stores keys in its own order). */
export const canonicalJson = (v: unknown): string => JSON.stringify(v ?? null, (_, value: unknown) =>
  value && typeof value === "object" && !Array.isArray(value)
    ? Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    : value);
const key = canonicalJson;
const blocks = (b: BodyDoc | null | undefined): BodyNode[] => b?.content ?? [];

/**
 * Three-way merge of a page: base is the revision both started from, theirs the newest saved
 * version, mine the one being saved. A part changed on one side only takes that side; the body is
 * merged block by block (paragraphs, headings, list and table blocks), so changes to different
 * blocks merge by themselves and only blocks both sides changed differently are a conflict.
 */
export function mergePage(base: PageContent, theirs: PageContent, mine: PageContent): MergeResult {
  const parts: PartConflict[] = [];
  const pick = <P extends FieldPart>(part: P): PageContent[P] => {
    const [b, t, m] = [key(base[part]), key(theirs[part]), key(mine[part])];
    if (t === m || m === b) return theirs[part];
    if (t === b) return mine[part];
    parts.push({ part, base: base[part], theirs: theirs[part], mine: mine[part] });
    return mine[part];
  };
  const title = pick("title");
  const aliases = pick("aliases");
  const fields = mergeFacts(base.fields, theirs.fields, mine.fields, parts);
  const body = mergeBlocks(blocks(base.body), blocks(theirs.body), blocks(mine.body));
  const clean = parts.length === 0 && body.every((s) => "ok" in s);
  return { content: { title, aliases, fields, body: bodyOf(body, "mine") }, parts, body, clean };
}

/** Facts merge key by key: a fact changed on one side only takes that side. */
function mergeFacts(base: Record<string, unknown>, theirs: Record<string, unknown>, mine: Record<string, unknown>, parts: PartConflict[]) {
  const merged: Record<string, unknown> = {};
  const conflicting: string[] = [];
  for (const k of new Set([...Object.keys(base), ...Object.keys(theirs), ...Object.keys(mine)])) {
    const [b, t, m] = [key(base[k]), key(theirs[k]), key(mine[k])];
    const value = t === m || m === b ? theirs[k] : t === b ? mine[k] : (conflicting.push(k), mine[k]);
    if (value !== undefined) merged[k] = value;
  }
  if (conflicting.length) parts.push({ part: "fields", base, theirs, mine: merged });
  return merged;
}

export function mergeBlocks(base: BodyNode[], theirs: BodyNode[], mine: BodyNode[]): BodySegment[] {
  const byKey = new Map<string, BodyNode>();
  const keys = (list: BodyNode[]) => list.map((n) => { const k = key(n); byKey.set(k, n); return k; });
  const regions = diff3Merge(keys(mine), keys(base), keys(theirs), { excludeFalseConflicts: true });
  const nodes = (ks: string[]) => ks.map((k) => byKey.get(k)!);
  const segments: BodySegment[] = [];
  const push = (segment: BodySegment) => {
    const last = segments[segments.length - 1];
    if (last && "ok" in last && "ok" in segment) last.ok.push(...segment.ok);
    else segments.push(segment);
  };
  for (const r of regions) {
    if (r.ok) push({ ok: nodes(r.ok as string[]) });
    else if (r.conflict) splitConflict(r.conflict.o as string[], r.conflict.b as string[], r.conflict.a as string[]).forEach((s) =>
      push("ok" in s ? { ok: nodes(s.ok) } : { conflict: { base: nodes(s.conflict.base), theirs: nodes(s.conflict.theirs), mine: nodes(s.conflict.mine) } }));
  }
  return segments;
}

type KeySegment = { ok: string[] } | { conflict: { base: string[]; theirs: string[]; mine: string[] } };

/**
 * diff3 calls changes to neighbouring blocks one conflict. Where both sides kept the number of blocks
 * (each edited blocks in place), the region is merged block by block, so only a block both changed
 * differently stays in conflict.
 */
function splitConflict(base: string[], theirs: string[], mine: string[]): KeySegment[] {
  if (base.length !== theirs.length || base.length !== mine.length) return [{ conflict: { base, theirs, mine } }];
  return base.map((b, i): KeySegment => {
    const [t, m] = [theirs[i]!, mine[i]!];
    if (t === m || m === b) return { ok: [t] };
    if (t === b) return { ok: [m] };
    return { conflict: { base: [b], theirs: [t], mine: [m] } };
  });
}

/** How one body conflict is settled: one side, or both (theirs first, then mine). */
export type BlockChoice = "theirs" | "mine" | "both";

/** The body with every conflict settled by the given choices (default: the fallback). */
export function bodyOf(segments: BodySegment[], fallback: BlockChoice, choices: BlockChoice[] = []): BodyDoc | null {
  let i = 0;
  const content = segments.flatMap((s) => {
    if ("ok" in s) return s.ok;
    const choice = choices[i++] ?? fallback;
    return choice === "theirs" ? s.conflict.theirs : choice === "mine" ? s.conflict.mine : [...s.conflict.theirs, ...s.conflict.mine];
  });
  return content.length ? { type: "doc", content } : null;
}
