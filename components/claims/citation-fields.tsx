"use client";

import { RELIABILITY_GRADES, RELIABILITY_LABELS, SOURCE_TYPES, SOURCE_TYPE_LABELS } from "@/lib/sources/schema";
import type { CitationDraft } from "./claim-form-state";

export type SourceOption = { id: string; title: string; url: string; publisher: string | null };

const input = "mt-1 w-full rounded-md border border-line bg-white px-3 py-2 text-sm";

/** One citation in the claim editor: an existing source or a new one (a known URL reuses its source), with quote and locator. */
export function CitationFields({ index, value, sources, onChange, onRemove }: {
  index: number; value: CitationDraft; sources: SourceOption[];
  onChange: (next: CitationDraft) => void; onRemove?: () => void;
}) {
  const set = (patch: Partial<CitationDraft>) => onChange({ ...value, ...patch });
  const id = (name: string) => `citation-${index}-${name}`;
  return (
    <fieldset className="rounded-md border border-line p-3">
      <legend className="px-1 text-sm font-medium">Citation {index + 1}</legend>
      <div className="mb-2 flex flex-wrap gap-4 text-sm">
        <label className="flex items-center gap-1.5">
          <input type="radio" name={id("mode")} checked={value.mode === "new"} onChange={() => set({ mode: "new" })} /> New source
        </label>
        <label className="flex items-center gap-1.5">
          <input type="radio" name={id("mode")} checked={value.mode === "existing"} onChange={() => set({ mode: "existing" })} /> Existing source
        </label>
        {onRemove && <button type="button" onClick={onRemove} className="ml-auto text-rose-700 hover:underline">Remove citation</button>}
      </div>
      {value.mode === "existing" ? (
        <div>
          <label htmlFor={id("source")} className="block text-sm font-medium">Source</label>
          <select id={id("source")} value={value.sourceId} onChange={(e) => set({ sourceId: e.target.value })} className={input}>
            <option value="">Choose a source…</option>
            {sources.map((s) => (
              <option key={s.id} value={s.id}>{s.title}{s.publisher ? ` — ${s.publisher}` : ""}</option>
            ))}
          </select>
        </div>
      ) : (
        <div className="grid gap-3 sm:grid-cols-2">
          <div className="sm:col-span-2">
            <label htmlFor={id("url")} className="block text-sm font-medium">Source URL</label>
            <input id={id("url")} type="url" inputMode="url" placeholder="https://…" value={value.url} onChange={(e) => set({ url: e.target.value })} className={input} />
          </div>
          <div className="sm:col-span-2">
            <label htmlFor={id("title")} className="block text-sm font-medium">Source title</label>
            <input id={id("title")} value={value.title} onChange={(e) => set({ title: e.target.value })} className={input} />
          </div>
          <div>
            <label htmlFor={id("publisher")} className="block text-sm font-medium">Publisher</label>
            <input id={id("publisher")} value={value.publisher} onChange={(e) => set({ publisher: e.target.value })} className={input} />
          </div>
          <div className="grid grid-cols-2 gap-2">
            <div>
              <label htmlFor={id("type")} className="block text-sm font-medium">Type</label>
              <select id={id("type")} value={value.type} onChange={(e) => set({ type: e.target.value as CitationDraft["type"] })} className={input}>
                {SOURCE_TYPES.map((t) => <option key={t} value={t}>{SOURCE_TYPE_LABELS[t]}</option>)}
              </select>
            </div>
            <div>
              <label htmlFor={id("reliability")} className="block text-sm font-medium">Reliability</label>
              <select id={id("reliability")} value={value.reliability} onChange={(e) => set({ reliability: e.target.value as CitationDraft["reliability"] })} className={input}>
                {RELIABILITY_GRADES.map((g) => <option key={g} value={g} title={RELIABILITY_LABELS[g]}>{g} — {RELIABILITY_LABELS[g]}</option>)}
              </select>
            </div>
          </div>
        </div>
      )}
      <div className="mt-3 grid gap-3 sm:grid-cols-[1fr_12rem]">
        <div>
          <label htmlFor={id("quote")} className="block text-sm font-medium">Exact quote</label>
          <textarea id={id("quote")} rows={2} value={value.quote} onChange={(e) => set({ quote: e.target.value })} className={input} />
        </div>
        <div>
          <label htmlFor={id("locator")} className="block text-sm font-medium">Locator</label>
          <input id={id("locator")} placeholder="p. 4, §2, 12:30" value={value.locator} onChange={(e) => set({ locator: e.target.value })} className={input} />
        </div>
      </div>
    </fieldset>
  );
}
