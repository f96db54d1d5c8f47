import { diffWords } from "diff";

/** A revision's content flattened to labelled lines of text, so any two can be compared. */
export type Flat = Array<{ key: string; label: string; text: string }>;

export type DiffPart = { value: string; added?: boolean; removed?: boolean };
export type Change = { key: string; label: string; before: string; after: string; parts: DiffPart[] };

/** What changed from one flattened revision to another, word by word; unchanged lines are left out. */
export function diffFlat(before: Flat | null, after: Flat): Change[] {
  const old = new Map((before ?? []).map((l) => [l.key, l]));
  const keys = [...new Set([...after.map((l) => l.key), ...(before ?? []).map((l) => l.key)])];
  const now = new Map(after.map((l) => [l.key, l]));
  const changes: Change[] = [];
  for (const key of keys) {
    const a = old.get(key)?.text ?? "";
    const b = now.get(key)?.text ?? "";
    if (a === b) continue;
    const label = now.get(key)?.label ?? old.get(key)!.label;
    changes.push({
      key, label, before: a, after: b,
      parts: diffWords(a, b).map((p) => ({ value: p.value, ...(p.added ? { added: true } : {}), ...(p.removed ? { removed: true } : {}) })),
    });
  }
  return changes;
}

/** Readable text for a field value: lists one item per line, objects as "key: value" pairs. */
export function fieldText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) return value.map(fieldText).join("\n");
  if (typeof value === "object") {
    return Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined && v !== null && v !== "")
      .map(([k, v]) => (typeof v === "object" ? `${k}: ${fieldText(v).replace(/\n/g, "; ")}` : `${k}: ${String(v)}`))
      .join(", ");
  }
  return String(value);
}
