"use client";

import { useState } from "react";
import { RevisionPanel } from "@/components/review/revision-panel";
import { StatusBadge } from "@/components/ui/status-badge";
import { formatTimestamp } from "@/lib/format";
import type { RevisionStatus } from "@/lib/review/state-machine";

export type SourceRevisionItem = {
  id: string; number: number; status: RevisionStatus; authorName: string; createdAt: string; summary: string; title: string;
};

/** Every proposed change to a source, newest first; open one for its diff, review history and the actions allowed. */
export function SourceRevisionList({ items, publishedRevisionId }: { items: SourceRevisionItem[]; publishedRevisionId: string | null }) {
  const [open, setOpen] = useState<string | null>(null);
  if (items.length === 0) return <p className="text-sm text-muted">No change has been proposed: these are the details as first entered.</p>;
  return (
    <ol className="space-y-2">
      {items.map((r) => {
        const expanded = open === r.id;
        return (
          <li key={r.id} id={`revision-${r.id}`} className="rounded-lg border border-line bg-white">
            <button type="button" aria-expanded={expanded} onClick={() => setOpen(expanded ? null : r.id)}
              className="flex w-full flex-wrap items-center gap-2 p-3 text-left text-sm hover:bg-slate-50">
              <span className="font-medium">Revision {r.number}</span>
              <StatusBadge status={r.status} />
              {r.id === publishedRevisionId && <span className="rounded bg-emerald-50 px-1.5 py-0.5 text-xs text-emerald-800">shown to readers</span>}
              <span className="text-muted">{r.authorName}, {formatTimestamp(r.createdAt)}</span>
              {r.summary && <span className="w-full text-muted">“{r.summary}”</span>}
            </button>
            {expanded && <div className="border-t border-line p-3"><RevisionPanel id={r.id} /></div>}
          </li>
        );
      })}
    </ol>
  );
}
