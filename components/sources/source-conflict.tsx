"use client";

import { useState } from "react";
import { RELIABILITY_LABELS, SOURCE_TYPE_LABELS } from "@/lib/sources/schema";
import { changedSinceLoad, conflictingKeys, mergeSourceValues, type SourceFormKey, type SourceFormValues } from "./source-form-state";

const LABELS: Record<SourceFormKey, string> = {
  title: "Title", publisher: "Publisher", author: "Author", publishedAt: "Published", accessedAt: "Accessed",
  archiveUrl: "Archived copy", type: "Type", reliability: "Reliability",
};
const shown = (k: SourceFormKey, v: SourceFormValues) =>
  k === "type" ? SOURCE_TYPE_LABELS[v.type] : k === "reliability" ? `${v.reliability} — ${RELIABILITY_LABELS[v.reliability]}` : v[k] || "(empty)";

/**
 * Someone proposed a change to this source after I loaded it. Shows each detail
 * where the newest proposal and mine differ; I keep mine or theirs per detail
 * (mine by default where I changed it), then save again on top of the newest.
 */
export function SourceConflict({ base, theirs, theirsLabel, mine, onResolve, onCancel }: {
  base: SourceFormValues; theirs: SourceFormValues; theirsLabel: string; mine: SourceFormValues;
  onResolve: (merged: SourceFormValues) => void; onCancel: () => void;
}) {
  const keys = conflictingKeys(theirs, mine);
  const [keepMine, setKeepMine] = useState(() => changedSinceLoad(base, mine));
  const choose = (k: SourceFormKey, mineWins: boolean) => {
    const next = new Set(keepMine);
    if (mineWins) next.add(k);
    else next.delete(k);
    setKeepMine(next);
  };
  return (
    <section aria-labelledby="source-conflict-title" className="space-y-4 rounded-lg border-2 border-amber-400 bg-amber-50/60 p-4">
      <div>
        <h3 id="source-conflict-title" className="text-lg font-semibold">Someone proposed a change to this source while you were editing</h3>
        <p className="text-sm text-amber-900">Nothing was overwritten and nothing you typed is lost. Choose per detail, then save again on top of {theirsLabel}.</p>
      </div>
      {keys.length === 0 && <p className="text-sm">Your details and the newest ones are the same; carry on and save.</p>}
      {keys.map((k) => (
        <fieldset key={k} className="rounded-md border border-line bg-white p-3">
          <legend className="px-1 font-medium">{LABELS[k]}</legend>
          <div className="grid gap-3 md:grid-cols-2">
            {([false, true] as const).map((mineWins) => (
              <label key={String(mineWins)} className={`block cursor-pointer rounded-md border p-3 text-sm ${keepMine.has(k) === mineWins ? "border-accent ring-2 ring-accent/30" : "border-line"}`}>
                <span className="flex items-center gap-2 font-medium">
                  <input type="radio" name={`source-conflict-${k}`} checked={keepMine.has(k) === mineWins} onChange={() => choose(k, mineWins)} />
                  {mineWins ? "Use mine" : `Keep the newest (${theirsLabel})`}
                </span>
                <span className="mt-2 block break-words font-serif">{shown(k, mineWins ? mine : theirs)}</span>
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <div className="flex flex-wrap gap-2">
        <button type="button" onClick={() => onResolve(mergeSourceValues(theirs, mine, keepMine))} className="rounded-md bg-accent px-4 py-2 text-sm font-medium text-white hover:bg-accent-strong">
          Carry my choices onto the newest version
        </button>
        <button type="button" onClick={onCancel} className="rounded-md border border-line bg-white px-4 py-2 text-sm hover:bg-slate-50">Back to my edit</button>
      </div>
    </section>
  );
}
