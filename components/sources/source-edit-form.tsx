"use client";

import { useRouter } from "next/navigation";
import { useEffect, useId, useState } from "react";
import { ApiError, api } from "@/components/workspace/api-client";
import { useLocalDraft } from "@/components/editor/use-local-draft";
import type { RevisionView } from "@/lib/review/present-revision";
import { RELIABILITY_GRADES, RELIABILITY_LABELS, SOURCE_TYPES, SOURCE_TYPE_LABELS } from "@/lib/sources/schema";
import type { SourceDetails } from "@/lib/sources/source-details";
import { SourceConflict } from "./source-conflict";
import { formValues, revisionInput, type SourceFormValues } from "./source-form-state";

export type SourceBase = { revisionId: string | null; number: number; details: SourceDetails };
type Latest = SourceBase & { status: string | null };

const input = "mt-1 w-full rounded-md border border-line bg-white px-3 py-2 text-sm";

/**
 * Proposes new details for a source. Saving makes a draft revision (nothing public
 * changes); "Save and submit" sends it to review. Work in progress survives a reload
 * (local draft); a 409 opens the conflict view to carry the changes onto the newest proposal.
 */
export function SourceEditForm({ sourceId, url, base: loaded }: { sourceId: string; url: string; base: SourceBase }) {
  const router = useRouter();
  const uid = useId();
  const [base, setBase] = useState(loaded);
  const [values, setValues] = useState<SourceFormValues>(() => formValues(loaded.details));
  const [summary, setSummary] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Latest | null>(null);
  const local = useLocalDraft<{ values: SourceFormValues; summary: string }>(`nexus-draft:source:${sourceId}:${base.revisionId ?? "original"}`);

  // eslint-disable-next-line react-hooks/set-state-in-effect -- a newer approved version arrived from the server: it becomes the base
  useEffect(() => setBase(loaded), [loaded]);
  const set = (patch: Partial<SourceFormValues>) => {
    const next = { ...values, ...patch };
    setValues(next);
    setSaved(null);
    local.write({ values: next, summary });
  };

  async function save(submit: boolean) {
    setBusy(true);
    setError(null);
    try {
      const revision = await api.post<RevisionView>(`/sources/${sourceId}/revisions`, revisionInput(values, base.revisionId, summary));
      if (submit) await api.post(`/revisions/${revision.id}/submit`);
      local.clear();
      setSummary("");
      setSaved(submit ? `Revision ${revision.number} is waiting for review.` : `Saved as draft revision ${revision.number}.`);
      router.refresh();
    } catch (err) {
      const latest = err instanceof ApiError && err.status === 409 ? (err.details as { latest?: Latest } | undefined)?.latest : undefined;
      if (latest) setConflict(latest);
      else setError(err instanceof Error ? err.message : "Saving failed. Your changes are kept here; try again.");
    } finally {
      setBusy(false);
    }
  }

  if (conflict) {
    return (
      <SourceConflict
        base={formValues(base.details)}
        theirs={formValues(conflict.details)}
        theirsLabel={`revision ${conflict.number}`}
        mine={values}
        onCancel={() => setConflict(null)}
        onResolve={(merged) => {
          setBase(conflict);
          setValues(merged);
          setConflict(null);
          setSaved(null);
        }}
      />
    );
  }

  const field = (key: "title" | "publisher" | "author" | "archiveUrl", label: string, extra: Record<string, string> = {}) => (
    <div className={key === "title" || key === "archiveUrl" ? "sm:col-span-2" : undefined}>
      <label htmlFor={`${uid}-${key}`} className="block text-sm font-medium">{label}</label>
      <input id={`${uid}-${key}`} value={values[key]} onChange={(e) => set({ [key]: e.target.value })} className={input} {...extra} />
    </div>
  );
  return (
    <form onSubmit={(e) => { e.preventDefault(); void save(true); }} className="space-y-4" aria-describedby={`${uid}-help`}>
      <p id={`${uid}-help`} className="text-sm text-muted">
        Changes to a source are reviewed like any claim: readers keep seeing the approved details until a reviewer approves yours.
        The URL <span className="break-all font-mono text-xs">{url}</span> is the source itself and cannot change; to cite another address, add a new source.
      </p>
      {local.found && (
        <div role="status" className="flex flex-wrap items-center gap-3 rounded-md bg-sky-50 px-3 py-2 text-sm">
          Unsaved changes from {new Date(local.found.savedAt).toLocaleString()} were found.
          <button type="button" className="font-medium underline" onClick={() => { setValues(local.found!.value.values); setSummary(local.found!.value.summary); local.dismiss(); }}>Restore them</button>
          <button type="button" className="underline" onClick={local.clear}>Discard</button>
        </div>
      )}
      <div className="grid gap-3 sm:grid-cols-2">
        {field("title", "Title", { required: "required", maxLength: "500" })}
        {field("publisher", "Publisher")}
        {field("author", "Author")}
        <div>
          <label htmlFor={`${uid}-publishedAt`} className="block text-sm font-medium">Published</label>
          <input id={`${uid}-publishedAt`} type="date" value={values.publishedAt} onChange={(e) => set({ publishedAt: e.target.value })} className={input} />
        </div>
        <div>
          <label htmlFor={`${uid}-accessedAt`} className="block text-sm font-medium">Accessed</label>
          <input id={`${uid}-accessedAt`} type="date" value={values.accessedAt} onChange={(e) => set({ accessedAt: e.target.value })} className={input} />
        </div>
        {field("archiveUrl", "Archived copy (URL)", { type: "url", inputMode: "url", placeholder: "https://web.archive.org/…" })}
        <div>
          <label htmlFor={`${uid}-type`} className="block text-sm font-medium">Type</label>
          <select id={`${uid}-type`} value={values.type} onChange={(e) => set({ type: e.target.value as SourceFormValues["type"] })} className={input}>
            {SOURCE_TYPES.map((t) => <option key={t} value={t}>{SOURCE_TYPE_LABELS[t]}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor={`${uid}-reliability`} className="block text-sm font-medium">Reliability</label>
          <select id={`${uid}-reliability`} value={values.reliability} onChange={(e) => set({ reliability: e.target.value as SourceFormValues["reliability"] })} className={input}>
            {RELIABILITY_GRADES.map((g) => <option key={g} value={g}>{g} — {RELIABILITY_LABELS[g]}</option>)}
          </select>
        </div>
        <div className="sm:col-span-2">
          <label htmlFor={`${uid}-summary`} className="block text-sm font-medium">What changed and why <span className="font-normal text-muted">(for the reviewer)</span></label>
          <input id={`${uid}-summary`} value={summary} maxLength={500} onChange={(e) => { setSummary(e.target.value); local.write({ values, summary: e.target.value }); }} className={input} />
        </div>
      </div>
      {error && <p role="alert" className="text-sm text-rose-700">{error}</p>}
      {saved && <p role="status" className="text-sm text-emerald-800">{saved}</p>}
      <div className="flex flex-wrap gap-2">
        <button type="submit" disabled={busy} className="rounded-md bg-accent px-4 py-2 text-sm font-medium text-white hover:bg-accent-strong disabled:opacity-60">
          {busy ? "Saving…" : "Save and submit for review"}
        </button>
        <button type="button" disabled={busy} onClick={() => void save(false)} className="rounded-md border border-line bg-white px-4 py-2 text-sm hover:bg-slate-50 disabled:opacity-60">
          Save as draft
        </button>
      </div>
    </form>
  );
}
