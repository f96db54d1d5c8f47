"use client";

import Link from "next/link";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import type { EntityKind } from "@/lib/entities/fields";
import type { Alias } from "@/lib/entities/schema";
import { api, ApiError } from "@/components/workspace/api-client";
import { AliasesEditor } from "@/components/editor/aliases-editor";
import { BodyEditor, type CiteTarget } from "@/components/editor/body-editor";
import { EMPTY_FIELDS } from "@/components/editor/entity-draft";
import { KindFields } from "@/components/editor/fields/kind-fields";
import { TextField } from "@/components/editor/fields/controls";
import { ConnectionBadge, PresenceList } from "./presence";
import { useDraftField, useSharedDraft, type Me } from "./use-shared-draft";

type ClaimRow = { id: string; statement: string; revision: { number: number; status: string } };
type Submitted = { id: string; number: number; status: string; authors: string[] };

const CLAIMS_REFRESH_MS = 4000;

/**
 * The page editor: everyone with the page open edits one shared draft live — title, aliases,
 * facts and body — and sees who else is here. "Submit for review" snapshots the draft into a
 * revision whose authors are everyone who wrote in it; editing goes on while it waits.
 */
export function LiveEntityEditor({ entity, me, sources }: {
  entity: { id: string; slug: string; kind: EntityKind };
  me: Me;
  sources: CiteTarget[];
}) {
  const draft = useSharedDraft(entity.id, me);
  const [title, setTitle] = useDraftField(draft.doc, "title", "");
  const [aliases, setAliases] = useDraftField<Alias[]>(draft.doc, "aliases", []);
  const [facts, setFacts] = useDraftField<Record<string, unknown>>(draft.doc, "facts", {});
  const [summary, setSummary] = useState("");

  // Claims are reviewed one by one, outside the draft; others' new claims show up without a reload.
  const claims = useQuery({
    queryKey: ["entity", entity.slug, "claims"],
    queryFn: async () => (await api.get<{ claims: ClaimRow[] }>(`/entities/${entity.slug}?view=latest`)).claims,
    refetchInterval: CLAIMS_REFRESH_MS,
  });
  const citeTargets: CiteTarget[] = [
    ...(claims.data ?? []).map((c) => ({ kind: "claim" as const, id: c.id, label: c.statement.length > 90 ? `${c.statement.slice(0, 90)}…` : c.statement })),
    ...sources,
  ];

  const submit = useMutation({
    mutationFn: () => api.post<Submitted>(`/entities/${entity.slug}/draft/submit`, { summary: summary.trim() || undefined }),
    onSuccess: () => setSummary(""),
  });

  const editable = draft.synced && !draft.readOnly && !draft.problem;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-line bg-white px-4 py-3">
        <PresenceList people={draft.people} />
        <ConnectionBadge connection={draft.connection} synced={draft.synced} unsaved={draft.unsaved} />
      </div>
      {draft.readOnly && <p role="status" className="rounded-md bg-slate-100 px-3 py-2 text-sm">You can read this draft but not change it.</p>}
      {draft.problem && <p role="alert" className="rounded-md bg-rose-50 px-3 py-2 text-sm text-rose-800">{draft.problem}</p>}
      {!draft.synced && !draft.problem && <p role="status" className="text-sm text-muted">Loading the shared draft…</p>}

      <fieldset disabled={!editable} className="space-y-6 disabled:opacity-80">
        <legend className="sr-only">Shared draft</legend>
        <TextField label="Title" value={title} onChange={setTitle} hint="The main name, as the page is known." />
        <AliasesEditor value={aliases} onChange={setAliases} />
        <section aria-labelledby="facts-heading" className="space-y-3 rounded-lg border border-line bg-white p-4">
          <h2 id="facts-heading" className="font-semibold">Facts</h2>
          <KindFields kind={entity.kind} value={{ ...EMPTY_FIELDS[entity.kind], ...facts }} onChange={setFacts} />
        </section>
      </fieldset>
      {draft.provider && (
        <BodyEditor
          label="Body"
          citeTargets={citeTargets}
          shared={{ doc: draft.doc, provider: draft.provider, user: me, readOnly: !editable }}
        />
      )}

      <section aria-labelledby="claims-heading" className="rounded-lg border border-line bg-white p-4">
        <h2 id="claims-heading" className="font-semibold">Claims on this page</h2>
        <p className="text-xs text-muted">Each claim is reviewed on its own. New and changed claims appear here as others add them.</p>
        {claims.data?.length ? (
          <ul className="mt-2 space-y-1 text-sm" aria-live="polite">
            {claims.data.map((c) => (
              <li key={c.id} className="flex gap-3"><span className="w-36 shrink-0 text-muted">r{c.revision.number} · {c.revision.status.replace("_", " ")}</span><span className="min-w-0">{c.statement}</span></li>
            ))}
          </ul>
        ) : (
          <p className="mt-2 text-sm text-muted">{claims.isPending ? "Loading…" : "No claims yet."}</p>
        )}
      </section>

      <div className="sticky bottom-0 space-y-2 border-t border-line bg-paper py-3">
        <div className="flex flex-wrap items-end gap-2">
          <TextField className="min-w-0 flex-1" label="Edit summary" value={summary} onChange={setSummary} placeholder="What this version changes and why" />
          <button type="button" disabled={!draft.synced || submit.isPending} onClick={() => submit.mutate()}
            className="rounded-md bg-accent px-4 py-2 text-sm font-medium text-white hover:bg-accent-strong disabled:opacity-60">
            {submit.isPending ? "Submitting…" : "Submit for review"}
          </button>
        </div>
        <p className="text-xs text-muted">Changes save as you type. Submitting makes a revision of the draft as it is now; everyone who wrote in it is an author, so none of you can approve it.</p>
        {submit.data && (
          <p role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
            Submitted for review as revision {submit.data.number}{submit.data.authors.length > 1 ? `, with ${submit.data.authors.length} authors` : ""}.{" "}
            <Link href={`/workspace/entities/${entity.slug}/history`}>See the history</Link>
          </p>
        )}
        {submit.error && (
          <p role="alert" className="rounded-md bg-rose-50 px-3 py-2 text-sm text-rose-800">
            {submit.error instanceof ApiError ? submit.error.message : "Could not submit. The draft is unchanged; try again."}
          </p>
        )}
      </div>
    </div>
  );
}
