"use client";

import Link from "next/link";
import { useState } from "react";
import type { QueueItem } from "@/lib/review/queue";
import { workspaceEntityPath } from "@/lib/entities/sections";
import { formatTimestamp } from "@/lib/format";
import { KindBadge } from "@/components/ui/badge";
import { RevisionPanel } from "./revision-panel";
import { useReviewQueue } from "./queries";

/** Pending revisions, oldest first; open one to see its diff, citations and history, and act on it. */
export function ReviewQueue({ initial }: { initial: QueueItem[] }) {
  const queue = useReviewQueue(initial);
  const [open, setOpen] = useState<string | null>(null);
  const items = queue.data ?? [];
  if (items.length === 0) return <p className="rounded-lg border border-line bg-white p-6 text-muted">Nothing is waiting for review.</p>;
  return (
    <ol className="space-y-3">
      {items.map((item) => {
        const expanded = open === item.id;
        return (
          <li key={item.id} className="rounded-lg border border-line bg-white">
            <button type="button" aria-expanded={expanded} onClick={() => setOpen(expanded ? null : item.id)}
              className="flex w-full flex-col gap-1 p-4 text-left hover:bg-slate-50 sm:flex-row sm:items-start sm:justify-between">
              <span className="min-w-0">
                <QueueItemHeading item={item} />
                {item.summary && <span className="mt-1 block text-sm text-muted">“{item.summary}”</span>}
              </span>
              <span className="shrink-0 text-sm text-muted">
                {item.authorName} · submitted {formatTimestamp(item.submittedAt)}
                {!item.canReview && <span className="ml-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs">your own</span>}
              </span>
            </button>
            {expanded && (
              <div className="border-t border-line p-4">
                <RevisionPanel id={item.id} />
                <p className="mt-3 text-sm">
                  {item.entity && <Link href={workspaceEntityPath(item.entity.slug)}>Open the page in the workspace</Link>}
                  {item.source && <Link href={`/workspace/sources/${item.source.id}`}>Open the source in the workspace</Link>}
                </p>
              </div>
            )}
          </li>
        );
      })}
    </ol>
  );
}

/** What a queued revision is about: a page, a claim on a page, or a source's details. */
function QueueItemHeading({ item }: { item: QueueItem }) {
  const label = { entity: "Page", claim: "Claim", source: "Source" }[item.type];
  return (
    <>
      <span className="flex flex-wrap items-center gap-2 text-xs text-muted">
        <span className="font-semibold uppercase tracking-wide">{label} revision {item.number}</span>
        {item.entity && <KindBadge kind={item.entity.kind} />}
        {item.entity && <span>{item.entity.title}</span>}
        {item.source && <span className="break-all">{item.source.url}</span>}
      </span>
      <span className="mt-1 block font-serif text-[1.05rem]">{item.statement ?? item.entity?.title ?? item.source?.title}</span>
    </>
  );
}
