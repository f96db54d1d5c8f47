"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import type { EntityKind } from "@/lib/entities/fields";
import type { EntityContent } from "@/lib/review/flatten";
import { workspaceEntityPath } from "@/lib/entities/sections";
import { api, ApiError } from "@/components/workspace/api-client";
import { AliasesEditor } from "./aliases-editor";
import { BodyEditor, type CiteTarget } from "./body-editor";
import { ConflictView } from "./conflict-view";
import { bodyOf, type MergeResult, type PageContent } from "@/lib/editor/merge3";
import { draftFromRevision, payloadFromDraft, type EntityDraft } from "./entity-draft";
import { KindFields } from "./fields/kind-fields";
import { TextField } from "./fields/controls";
import { useLocalDraft } from "./use-local-draft";

type Loaded = { slug: string; revisionId: string; revisionNumber: number; content: EntityContent };
type Latest = EntityContent & { id: string; number: number };
type Conflict = { theirs: Latest; merge: MergeResult };

/**
 * Creates a page, or saves a new revision on top of the one loaded. Work in
 * progress is kept in localStorage; a 409 opens the conflict view instead of
 * overwriting; any other failure keeps the form as it was and says why.
 */
export function EntityForm({ kind, loaded, citeTargets }: { kind: EntityKind; loaded?: Loaded; citeTargets: CiteTarget[] }) {
  const router = useRouter();
  const [base, setBase] = useState(loaded);
  const [draft, setDraft] = useState<EntityDraft>(() =>
    draftFromRevision(kind, loaded?.content ?? { title: "", aliases: [], fields: {}, body: null }),
  );
  const [editorKey, setEditorKey] = useState(0);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [merged, setMerged] = useState<string | null>(null);
  const local = useLocalDraft<EntityDraft>(`nexus-draft:${loaded ? `${loaded.slug}:${base?.revisionId}` : `new:${kind}`}`);
  const update = (patch: Partial<EntityDraft>) =>
    setDraft((d) => {
      const next = { ...d, ...patch };
      local.write(next);
      return next;
    });

  // Warn before leaving with unsaved changes (they are kept locally too).
  const [dirty, setDirty] = useState(false);
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  const save = useMutation({
    mutationFn: async (submit: boolean) => {
      const payload = payloadFromDraft(draft);
      let slug: string, revisionId: string;
      if (base) {
        const rev = await api.post<{ id: string }>(`/entities/${base.slug}/revisions`, { baseRevisionId: base.revisionId, ...payload });
        slug = base.slug;
        revisionId = rev.id;
      } else {
        const created = await api.post<{ slug: string; revision: { id: string } }>("/entities", { kind, ...payload });
        slug = created.slug;
        revisionId = created.revision.id;
      }
      if (submit) await api.post(`/revisions/${revisionId}/submit`);
      return slug;
    },
    onSuccess: (slug) => {
      local.clear();
      setDirty(false);
      router.push(workspaceEntityPath(slug));
      router.refresh();
    },
    onError: (err, submit) => {
      const details = err instanceof ApiError && err.status === 409 ? (err.details as { latest?: Latest; merge?: MergeResult | null } | undefined) : undefined;
      if (!details?.latest || !details.merge || !base) return;
      const theirs = details.latest;
      if (!details.merge.clean) return setConflict({ theirs, merge: details.merge });
      // Only one side changed each part and paragraph: carry mine onto theirs and save again, asking nothing.
      carryOnto(theirs, { ...details.merge.content, body: bodyOf(details.merge.body, "mine") });
      setMerged(`Revision ${theirs.number} was saved while you were editing; your changes were merged with it.`);
      save.mutate(submit);
    },
  });
  const error = save.error instanceof ApiError && !conflict ? save.error : save.error && !(save.error instanceof ApiError) ? save.error : null;
  const issues = error instanceof ApiError ? (error.details as { issues?: Array<{ path: string; message: string }> } | undefined)?.issues : undefined;

  function carryOnto(theirs: Latest, content: PageContent) {
    setBase({ slug: base!.slug, revisionId: theirs.id, revisionNumber: theirs.number, content: theirs });
    setDraft((d) => ({ ...draftFromRevision(kind, { ...content, aliases: content.aliases as EntityDraft["aliases"] }), summary: d.summary }));
    setEditorKey((k) => k + 1);
  }
  return (
    <form className="space-y-6" onSubmit={(e) => { e.preventDefault(); save.mutate(false); }} onChange={() => setDirty(true)}>
      {local.found && (
        <div role="status" className="flex flex-wrap items-center gap-3 rounded-md border border-sky-300 bg-sky-50 px-3 py-2 text-sm">
          <span>You have unsaved changes from {new Date(local.found.savedAt).toLocaleString()}.</span>
          <button type="button" className="font-medium text-accent underline" onClick={() => { setDraft(local.found!.value); setEditorKey((k) => k + 1); local.dismiss(); setDirty(true); }}>
            Restore them
          </button>
          <button type="button" className="text-muted underline" onClick={local.clear}>Discard</button>
        </div>
      )}
      {conflict && base && (
        <ConflictView
          merge={conflict.merge}
          theirsLabel={`revision ${conflict.theirs.number}`}
          onCancel={() => setConflict(null)}
          onResolve={(content) => {
            carryOnto(conflict.theirs, content);
            setConflict(null);
            save.reset();
          }}
        />
      )}
      {merged && !conflict && <p role="status" className="rounded-md bg-sky-50 px-3 py-2 text-sm">{merged}</p>}
      {base && <p className="text-sm text-muted">Editing on top of revision {base.revisionNumber}.</p>}
      <TextField label="Title" value={draft.title} onChange={(title) => update({ title })} hint="The main name, as the page is known." />
      <AliasesEditor value={draft.aliases} onChange={(aliases) => update({ aliases })} />
      <section aria-labelledby="facts-heading" className="space-y-3 rounded-lg border border-line bg-white p-4">
        <h2 id="facts-heading" className="font-semibold">Facts</h2>
        <KindFields kind={kind} value={draft.fields} onChange={(fields) => update({ fields })} />
      </section>
      <BodyEditor key={editorKey} label="Body" value={draft.body} onChange={(body) => update({ body })} citeTargets={citeTargets} />
      <TextField label="Edit summary" value={draft.summary} onChange={(summary) => update({ summary })} placeholder="What you changed and why" />
      {error && (
        <div role="alert" className="rounded-md bg-rose-50 px-3 py-2 text-sm text-rose-800">
          <p>{error.message} Your changes are still here.</p>
          {issues && issues.length > 1 && <ul className="mt-1 list-disc pl-5">{issues.map((i, k) => <li key={k}>{i.path}: {i.message}</li>)}</ul>}
        </div>
      )}
      <div className="sticky bottom-0 flex flex-wrap gap-2 border-t border-line bg-paper/95 py-3">
        <button type="submit" disabled={save.isPending || !!conflict} className="rounded-md border border-accent px-4 py-2 text-sm font-medium text-accent hover:bg-accent/5 disabled:opacity-60">
          Save draft
        </button>
        <button type="button" disabled={save.isPending || !!conflict} onClick={() => save.mutate(true)} className="rounded-md bg-accent px-4 py-2 text-sm font-medium text-white hover:bg-accent-strong disabled:opacity-60">
          Save and submit for review
        </button>
        {save.isPending && <span className="self-center text-sm text-muted" aria-live="polite">Saving…</span>}
      </div>
    </form>
  );
}
