import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { workspaceContext } from "@/app/_server/workspace";
import { ConfidenceBadge } from "@/components/ui/badge";
import { StatusBadge } from "@/components/ui/status-badge";
import { workspaceEntityPath } from "@/lib/entities/sections";
import { NotFound } from "@/lib/errors";
import { formatDate } from "@/lib/format";
import { latestSourceDetails } from "@/lib/sources/create-source-revision";
import { getSource } from "@/lib/sources/queries";
import { listSourceRevisions } from "@/lib/sources/source-revisions";
import { SourceEditForm } from "@/components/sources/source-edit-form";
import { SourceRevisionList } from "@/components/sources/source-revision-list";
import { RELIABILITY_LABELS, SOURCE_TYPE_LABELS } from "@/lib/sources/schema";

export const metadata: Metadata = { title: "Source" };

type Props = { params: Promise<{ id: string }> };

export default async function WorkspaceSourcePage({ params }: Props) {
  const { id } = await params;
  const ctx = await workspaceContext(`/workspace/sources/${id}`);
  const { source, claims } = await getSource(ctx, id, "latest").catch((err) => {
    if (err instanceof NotFound) notFound();
    throw err;
  });
  const [latest, revisions] = await Promise.all([latestSourceDetails(ctx.db, source), listSourceRevisions(ctx, id)]);
  const pending = revisions.filter((r) => r.status === "pending").length;
  return (
    <div className="space-y-6">
      <p className="text-sm"><Link href="/workspace/sources">← All sources</Link></p>
      <header>
        <h1 className="text-2xl font-semibold tracking-tight">{source.title}</h1>
        <p className="mt-2 flex flex-wrap gap-x-4 text-sm">
          <a href={source.url} rel="nofollow noopener noreferrer" className="break-all">{source.url}</a>
          {source.archiveUrl && <a href={source.archiveUrl} rel="nofollow noopener noreferrer">Archived copy</a>}
        </p>
        <p className="mt-2 text-sm text-muted">
          {[source.publisher, source.author, formatDate(source.publishedAt), SOURCE_TYPE_LABELS[source.type], `reliability ${source.reliability} (${RELIABILITY_LABELS[source.reliability]})`].filter(Boolean).join(" · ")}
        </p>
      </header>
      {pending > 0 && (
        <p role="status" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {pending === 1 ? "A proposed change is" : `${pending} proposed changes are`} waiting for review; readers see the details above until one is approved.
        </p>
      )}
      <section aria-labelledby="citing">
        <h2 id="citing" className="mb-3 text-lg font-semibold">Claims citing it ({claims.length})</h2>
        {claims.length === 0 && <p className="text-sm text-muted">No claim cites it yet.</p>}
        <ul className="space-y-3">
          {claims.map((c) => (
            <li key={c.id} className="rounded-lg border border-line bg-white p-4">
              <div className="flex flex-wrap items-center gap-2 text-xs text-muted">
                <StatusBadge status={c.revision.status} />
                {c.subject && <Link href={`${workspaceEntityPath(c.subject.slug)}#claim-${c.id}`}>{c.subject.title}</Link>}
              </div>
              <p className="mt-1 font-serif">{c.statement}</p>
              {c.citations.filter((x) => x.source.id === source.id).map((x, i) => (
                <p key={i} className="mt-1 text-sm text-muted">{x.quote && <span className="font-serif italic">“{x.quote}”</span>}{x.locator && ` — ${x.locator}`}</p>
              ))}
              <div className="mt-2"><ConfidenceBadge confidence={c.confidence} /></div>
            </li>
          ))}
        </ul>
      </section>
      <details className="rounded-lg border border-line bg-white">
        <summary className="cursor-pointer p-4 text-lg font-semibold">Propose a correction</summary>
        <div className="border-t border-line p-4">
          <SourceEditForm sourceId={source.id} url={source.url} base={{ revisionId: latest.revisionId, number: latest.number, details: latest.details }} />
        </div>
      </details>
      <section aria-labelledby="source-changes">
        <h2 id="source-changes" className="mb-3 text-lg font-semibold">Changes ({revisions.length})</h2>
        <SourceRevisionList items={revisions} publishedRevisionId={source.publishedRevisionId} />
      </section>
    </div>
  );
}
