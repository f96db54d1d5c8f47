"use client";

import { useState } from "react";
import { bodyText, type BodyNode } from "@/lib/editor/body-schema";
import { bodyOf, type BlockChoice, type FieldPart, type MergeResult, type PageContent } from "@/lib/editor/merge3";
import { flattenEntity } from "@/lib/review/flatten";

const PART_LABELS: Record<FieldPart, string> = { title: "Title", aliases: "Aliases", fields: "Facts" };
const blocksText = (blocks: BodyNode[]) => bodyText({ type: "doc", content: blocks }) || "(nothing)";
const partText = (part: FieldPart, value: unknown) => {
  if (part === "title") return String(value ?? "");
  const lines = flattenEntity({ title: "", aliases: part === "aliases" ? (value as never) : [], fields: part === "fields" ? ((value ?? {}) as Record<string, unknown>) : {}, body: null });
  return lines.filter((l) => (part === "aliases" ? l.key === "aliases" : l.key.startsWith("fields."))).map((l) => (part === "fields" ? `${l.label}: ${l.text}` : l.text)).join("\n") || "(none)";
};

/**
 * Someone saved between my load and my save, and we both changed the same things. Everything that
 * merged by itself is already carried over; here I decide only the parts and paragraphs we both
 * changed — keeping theirs, mine, or (for paragraphs) both — then carry it onto the newest version.
 */
export function ConflictView({ merge, theirsLabel, onResolve, onCancel }: {
  merge: MergeResult;
  theirsLabel: string;
  onResolve: (merged: PageContent) => void;
  onCancel: () => void;
}) {
  const [parts, setParts] = useState<Record<string, "theirs" | "mine">>(() => Object.fromEntries(merge.parts.map((p) => [p.part, "mine"])));
  const conflicts = merge.body.flatMap((s) => ("conflict" in s ? [s.conflict] : []));
  const [blocks, setBlocks] = useState<BlockChoice[]>(() => conflicts.map(() => "both"));

  const resolve = () => {
    const content: PageContent = { ...merge.content, body: bodyOf(merge.body, "both", blocks) };
    for (const p of merge.parts) (content as Record<FieldPart, unknown>)[p.part] = parts[p.part] === "theirs" ? p.theirs : p.mine;
    onResolve(content);
  };

  return (
    <section aria-labelledby="conflict-title" className="space-y-4 rounded-lg border-2 border-amber-400 bg-amber-50/60 p-4">
      <div>
        <h2 id="conflict-title" className="text-lg font-semibold">Someone saved this page while you were editing</h2>
        <p className="text-sm text-amber-900">
          Nothing was overwritten and nothing you typed is lost. What only one of you changed is already merged. Below is
          what you both changed: choose for each, then carry the result onto the newest version ({theirsLabel}) and save again.
        </p>
      </div>
      {merge.parts.map((p) => (
        <fieldset key={p.part} className="rounded-md border border-line bg-white p-3">
          <legend className="px-1 font-medium">{PART_LABELS[p.part]}</legend>
          <div className="grid gap-3 md:grid-cols-2">
            {(["theirs", "mine"] as const).map((side) => (
              <label key={side} className={`block cursor-pointer rounded-md border p-3 text-sm ${parts[p.part] === side ? "border-accent ring-2 ring-accent/30" : "border-line"}`}>
                <span className="flex items-center gap-2 font-medium">
                  <input type="radio" name={`conflict-${p.part}`} checked={parts[p.part] === side} onChange={() => setParts({ ...parts, [p.part]: side })} />
                  {side === "theirs" ? `Keep the newest (${theirsLabel})` : "Use mine"}
                </span>
                <span className="mt-2 block whitespace-pre-wrap font-serif">{partText(p.part, side === "theirs" ? p.theirs : p.mine)}</span>
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      {conflicts.map((c, i) => (
        <fieldset key={i} className="rounded-md border border-line bg-white p-3">
          <legend className="px-1 font-medium">Body: a paragraph you both changed</legend>
          <div className="grid gap-3 md:grid-cols-3">
            {(["theirs", "mine", "both"] as const).map((side) => (
              <label key={side} className={`block cursor-pointer rounded-md border p-3 text-sm ${blocks[i] === side ? "border-accent ring-2 ring-accent/30" : "border-line"}`}>
                <span className="flex items-center gap-2 font-medium">
                  <input type="radio" name={`conflict-body-${i}`} checked={blocks[i] === side}
                    onChange={() => setBlocks(blocks.map((b, k) => (k === i ? side : b)))} />
                  {side === "theirs" ? `Keep theirs (${theirsLabel})` : side === "mine" ? "Keep mine" : "Keep both, theirs first"}
                </span>
                <span className="mt-2 block whitespace-pre-wrap font-serif">
                  {side === "both" ? `${blocksText(c.theirs)}\n${blocksText(c.mine)}` : blocksText(side === "theirs" ? c.theirs : c.mine)}
                </span>
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <div className="flex flex-wrap gap-2">
        <button type="button" onClick={resolve} className="rounded-md bg-accent px-3 py-1.5 text-sm font-medium text-white hover:bg-accent-strong">
          Carry my changes onto the newest version
        </button>
        <button type="button" onClick={onCancel} className="rounded-md px-3 py-1.5 text-sm text-muted hover:text-ink">Back to my version</button>
      </div>
    </section>
  );
}
