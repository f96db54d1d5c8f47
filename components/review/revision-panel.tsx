"use client";

import { formatTimestamp } from "@/lib/format";
import { StatusBadge } from "@/components/ui/status-badge";
import { DiffView } from "./diff-view";
import { RevisionActions } from "./revision-actions";
import type { RevisionDetail } from "@/lib/review/revision-detail";
import { useRevisionDetail } from "./queries";

/** One revision in review: what changed against the published version, its sources, its history, and the actions allowed. */
export function RevisionPanel({ id }: { id: string }) {
  const detail = useRevisionDetail(id);
  if (detail.isPending) return <p className="text-sm text-muted" aria-live="polite">Loading the revision…</p>;
  if (detail.isError) return <p role="alert" className="text-sm text-rose-700">{detail.error.message}</p>;
  const d = detail.data;
  return (
    <div className="space-y-5">
      <p className="flex flex-wrap items-center gap-2 text-sm">
        <StatusBadge status={d.revision.status} />
        <span className="text-muted">
          by {d.revision.authorName}, {formatTimestamp(d.revision.createdAt)} ·{" "}
          {comparisonNote(d)}
        </span>
        {!d.isLatest && <span className="text-amber-800">A newer revision exists: this one is stale.</span>}
      </p>
      <section aria-label="Changes"><DiffView changes={d.changes} comparedTo={d.comparedTo ? `revision ${d.comparedTo.number}` : null} /></section>
      {d.type === "claim" && (
        <section aria-label="Citations">
          <h3 className="mb-2 text-sm font-semibold">Citations ({d.citations.length})</h3>
          {d.citations.length === 0 ? (
            <p className="text-sm text-rose-700">No citation: this claim cannot be approved.</p>
          ) : (
            <ol className="list-decimal space-y-2 pl-5 text-sm">
              {d.citations.map((c, i) => (
                <li key={i}>
                  <a href={c.source.url} rel="nofollow noopener noreferrer" target="_blank" className="font-medium">{c.source.title}</a>
                  <span className="text-muted">{c.source.publisher && ` — ${c.source.publisher}`} · reliability {c.source.reliability}{c.locator && ` · ${c.locator}`}</span>
                  {c.quote && <blockquote className="mt-1 border-l-2 border-line pl-2 font-serif italic">“{c.quote}”</blockquote>}
                </li>
              ))}
            </ol>
          )}
        </section>
      )}
      {d.events.length > 0 && (
        <section aria-label="History">
          <h3 className="mb-2 text-sm font-semibold">History</h3>
          <ul className="space-y-1 text-sm">
            {d.events.map((e) => (
              <li key={e.id}>
                <span className="text-muted">{formatTimestamp(e.createdAt)}</span> {e.actorName}: {e.action.replace("_", " ")}
                {e.comment && <span className="text-muted"> — “{e.comment}”</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
      <RevisionActions revisionId={d.revision.id} claimId={d.claimId} allowed={d.allowed} />
    </div>
  );
}

function comparisonNote(d: RevisionDetail): string {
  if (d.type === "source") {
    if (d.revision.status !== "approved") return "compared with the details readers see now";
    return "compared with the details its approval replaced";
  }
  return d.comparedTo ? `compared with published revision ${d.comparedTo.number}` : "not published before: everything is new";
}
