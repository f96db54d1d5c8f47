"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { ClaimView } from "@/lib/claims/queries";
import { CONFIDENCES, PREDICATES, PREDICATE_LABELS } from "@/lib/claims/schema";
import type { EntityRef } from "@/lib/entities/titles";
import { api, ApiError } from "@/components/workspace/api-client";
import { CitationFields, type SourceOption } from "./citation-fields";
import { EntityPicker } from "./entity-picker";
import { draftFromClaim, emptyCitation, payloadFromDraft, type ClaimDraft } from "./claim-form-state";

const input = "mt-1 w-full rounded-md border border-line bg-white px-3 py-2 text-sm";

type Props = {
  entitySlug: string;
  /** The claim to revise; absent for a new claim. */
  claim?: ClaimView;
  objects: EntityRef[];
  sources: SourceOption[];
  onClose: () => void;
};

/**
 * Adds a claim, or saves a new revision of one on top of the revision it loaded.
 * A refused save keeps everything typed and shows why (409 when someone saved in between).
 */
export function ClaimEditor({ entitySlug, claim, objects, sources, onClose }: Props) {
  const router = useRouter();
  const [draft, setDraft] = useState<ClaimDraft>(() => draftFromClaim(claim));
  const set = (patch: Partial<ClaimDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const save = useMutation({
    mutationFn: (submit: boolean) => {
      const payload = payloadFromDraft(draft);
      const saved = claim
        ? api.post<{ id: string }>(`/claims/${claim.id}/revisions`, { baseRevisionId: claim.latestRevisionId ?? claim.revision.id, ...payload })
        : api.post<{ revision: { id: string } }>(`/entities/${entitySlug}/claims`, payload).then((c) => ({ id: c.revision.id }));
      return saved.then(async (rev) => {
        if (submit) await api.post(`/revisions/${rev.id}/submit`);
        return rev;
      });
    },
    onSuccess: () => {
      router.refresh();
      onClose();
    },
  });
  const error = save.error instanceof ApiError ? save.error : null;
  const issues = (error?.details as { issues?: Array<{ path: string; message: string }> } | undefined)?.issues;

  return (
    <form
      className="space-y-4 rounded-lg border border-accent/30 bg-white p-4"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate(false);
      }}
    >
      <h3 className="font-semibold">{claim ? `Revise claim (based on revision ${claim.revision.number})` : "Add a claim"}</h3>
      <div>
        <label htmlFor="claim-statement" className="block text-sm font-medium">Statement</label>
        <textarea id="claim-statement" required rows={3} value={draft.statement} onChange={(e) => set({ statement: e.target.value })} className={`${input} font-serif`} />
      </div>
      <div className="grid gap-3 sm:grid-cols-3">
        <div>
          <label htmlFor="claim-predicate" className="block text-sm font-medium">Relation</label>
          <select id="claim-predicate" value={draft.predicate} onChange={(e) => set({ predicate: e.target.value })} className={input}>
            <option value="">None</option>
            {PREDICATES.map((p) => <option key={p} value={p}>{PREDICATE_LABELS[p]}</option>)}
          </select>
        </div>
        <EntityPicker label="Linked page" entities={objects.filter((o) => o.slug !== entitySlug)} value={draft.objectSlug} onChange={(objectSlug) => set({ objectSlug })} />
        <div>
          <label htmlFor="claim-confidence" className="block text-sm font-medium">Confidence</label>
          <select id="claim-confidence" value={draft.confidence} onChange={(e) => set({ confidence: e.target.value })} className={input}>
            {CONFIDENCES.map((c) => <option key={c} value={c}>{c}</option>)}
          </select>
        </div>
      </div>
      <details className="text-sm">
        <summary className="cursor-pointer font-medium">Period and value</summary>
        <div className="mt-3 grid gap-3 sm:grid-cols-4">
          <div><label htmlFor="claim-start" className="block font-medium">From</label><input id="claim-start" type="date" value={draft.startDate} onChange={(e) => set({ startDate: e.target.value })} className={input} /></div>
          <div><label htmlFor="claim-start-precision" className="block font-medium">Known to the</label><select id="claim-start-precision" value={draft.startPrecision} onChange={(e) => set({ startPrecision: e.target.value as ClaimDraft["startPrecision"] })} className={input}><option value="day">day</option><option value="month">month</option><option value="year">year</option></select></div>
          <div><label htmlFor="claim-end" className="block font-medium">Until</label><input id="claim-end" type="date" value={draft.endDate} onChange={(e) => set({ endDate: e.target.value })} className={input} /></div>
          <div><label htmlFor="claim-end-precision" className="block font-medium">Known to the</label><select id="claim-end-precision" value={draft.endPrecision} onChange={(e) => set({ endPrecision: e.target.value as ClaimDraft["endPrecision"] })} className={input}><option value="day">day</option><option value="month">month</option><option value="year">year</option></select></div>
          <div><label htmlFor="claim-value-kind" className="block font-medium">Value</label><select id="claim-value-kind" value={draft.valueKind} onChange={(e) => set({ valueKind: e.target.value as ClaimDraft["valueKind"] })} className={input}><option value="">None</option><option value="money">Amount of money</option><option value="quantity">Quantity</option></select></div>
          {draft.valueKind && <div><label htmlFor="claim-amount" className="block font-medium">{draft.valueKind === "money" ? "Amount" : "Quantity"}</label><input id="claim-amount" inputMode="decimal" value={draft.amount} onChange={(e) => set({ amount: e.target.value })} className={input} /></div>}
          {draft.valueKind === "money" && <div><label htmlFor="claim-currency" className="block font-medium">Currency</label><input id="claim-currency" maxLength={3} value={draft.currency} onChange={(e) => set({ currency: e.target.value })} className={input} /></div>}
          {draft.valueKind === "quantity" && <div><label htmlFor="claim-unit" className="block font-medium">Unit</label><input id="claim-unit" value={draft.unit} onChange={(e) => set({ unit: e.target.value })} className={input} /></div>}
        </div>
      </details>
      <div className="space-y-3">
        {draft.citations.map((c, i) => (
          <CitationFields key={i} index={i} value={c} sources={sources}
            onChange={(next) => set({ citations: draft.citations.map((x, j) => (j === i ? next : x)) })}
            onRemove={draft.citations.length > 1 ? () => set({ citations: draft.citations.filter((_, j) => j !== i) }) : undefined} />
        ))}
        <button type="button" onClick={() => set({ citations: [...draft.citations, emptyCitation()] })} className="text-sm font-medium text-accent hover:underline">
          + Add another citation
        </button>
      </div>
      <div>
        <label htmlFor="claim-summary" className="block text-sm font-medium">Edit summary</label>
        <input id="claim-summary" value={draft.summary} onChange={(e) => set({ summary: e.target.value })} placeholder="What you changed and why" className={input} />
      </div>
      {error && (
        <div role="alert" className="rounded-md bg-rose-50 px-3 py-2 text-sm text-rose-800">
          <p>{error.message}</p>
          {issues && issues.length > 1 && <ul className="mt-1 list-disc pl-5">{issues.map((i, k) => <li key={k}>{i.path}: {i.message}</li>)}</ul>}
        </div>
      )}
      <div className="flex flex-wrap gap-2">
        <button type="submit" disabled={save.isPending} className="rounded-md border border-accent px-3 py-1.5 text-sm font-medium text-accent hover:bg-accent/5 disabled:opacity-60">
          Save draft
        </button>
        <button type="button" disabled={save.isPending} onClick={() => save.mutate(true)} className="rounded-md bg-accent px-3 py-1.5 text-sm font-medium text-white hover:bg-accent-strong disabled:opacity-60">
          Save and submit for review
        </button>
        <button type="button" onClick={onClose} className="rounded-md px-3 py-1.5 text-sm text-muted hover:text-ink">Cancel</button>
        {save.isPending && <span className="self-center text-sm text-muted" aria-live="polite">Saving…</span>}
      </div>
    </form>
  );
}
