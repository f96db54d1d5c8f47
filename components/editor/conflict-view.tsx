"use client";

import { useMemo, useState } from "react";
import { diffFlat } from "@/lib/review/diff";
import { flattenEntity, type EntityContent } from "@/lib/review/flatten";
import { cleanFields } from "./entity-draft";
import { conflictingParts, defaultChoices, merge, type Choice, type Part } from "./merge";

const LABELS: Record<Part, string> = { title: "Title", aliases: "Aliases", fields: "Facts", body: "Body" };

const flatPart = (c: EntityContent, p: Part) =>
  flattenEntity({ ...c, fields: (cleanFields(c.fields) as Record<string, unknown>) ?? {} }).filter((l) => (p === "fields" ? l.key.startsWith("fields.") : l.key === p));

/**
 * Someone saved between my load and my save. Shows the newest saved version and
 * mine side by side, part by part, with the differences marked; I choose per part
 * and carry the result onto the newest version, then save again. Nothing I typed is lost.
 */
export function ConflictView({ base, theirs, theirsLabel, mine, onResolve, onCancel }: {
  base: EntityContent; theirs: EntityContent; theirsLabel: string; mine: EntityContent;
  onResolve: (merged: EntityContent) => void; onCancel: () => void;
}) {
  const parts = useMemo(() => conflictingParts(theirs, mine), [theirs, mine]);
  const [choices, setChoices] = useState(() => defaultChoices(base, theirs, mine));
  return (
    <section aria-labelledby="conflict-title" className="space-y-4 rounded-lg border-2 border-amber-400 bg-amber-50/60 p-4">
      <div>
        <h2 id="conflict-title" className="text-lg font-semibold">Someone saved this page while you were editing</h2>
        <p className="text-sm text-amber-900">
          Nothing was overwritten and nothing you typed is lost. For each part below, keep the newest version ({theirsLabel}) or
          yours; then carry your changes onto the newest version and save again.
        </p>
      </div>
      {parts.length === 0 && <p className="text-sm">Your version and the newest one are the same; carry on and save.</p>}
      {parts.map((p) => {
        const changes = diffFlat(flatPart(theirs, p), flatPart(mine, p));
        return (
          <fieldset key={p} className="rounded-md border border-line bg-white p-3">
            <legend className="px-1 font-medium">{LABELS[p]}</legend>
            <div className="grid gap-3 md:grid-cols-2">
              {(["theirs", "mine"] as const).map((side) => (
                <label key={side} className={`block cursor-pointer rounded-md border p-3 text-sm ${choices[p] === side ? "border-accent ring-2 ring-accent/30" : "border-line"}`}>
                  <span className="flex items-center gap-2 font-medium">
                    <input type="radio" name={`conflict-${p}`} checked={choices[p] === side} onChange={() => setChoices({ ...choices, [p]: side as Choice })} />
                    {side === "theirs" ? `Keep the newest (${theirsLabel})` : "Use mine"}
                  </span>
                  <span className="mt-2 block space-y-1 whitespace-pre-wrap font-serif">
                    {changes.map((c) => (
                      <span key={c.key} className="block">
                        {p === "fields" && <span className="font-sans text-xs text-muted">{c.label}: </span>}
                        {c.parts.map((part, i) =>
                          side === "theirs"
                            ? !part.added && <span key={i} className={part.removed ? "bg-sky-100" : undefined}>{part.value}</span>
                            : !part.removed && <span key={i} className={part.added ? "bg-emerald-100" : undefined}>{part.value}</span>,
                        )}
                      </span>
                    ))}
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
        );
      })}
      <div className="flex flex-wrap gap-2">
        <button type="button" onClick={() => onResolve(merge(theirs, mine, choices))} className="rounded-md bg-accent px-3 py-1.5 text-sm font-medium text-white hover:bg-accent-strong">
          Carry my changes onto the newest version
        </button>
        <button type="button" onClick={onCancel} className="rounded-md px-3 py-1.5 text-sm text-muted hover:text-ink">Back to my version</button>
      </div>
    </section>
  );
}
