import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { workspaceContext } from "@/app/_server/workspace";
import { RestoreButton } from "@/components/editor/restore-button";
import { DiffView } from "@/components/review/diff-view";
import { StatusBadge } from "@/components/ui/status-badge";
import { listEntityRevisions } from "@/lib/entities/queries";
import { NotFound } from "@/lib/errors";
import { compareEntityRevisions } from "@/lib/history/entity-history";

export const metadata: Metadata = { title: "History" };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ from?: string; to?: string }> };

const time = (iso: string) => iso.slice(0, 16).replace("T", " ") + " UTC";

export default async function EntityHistoryPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const ctx = await workspaceContext(`/workspace/entities/${slug}/history`);
  const revisions = await listEntityRevisions(ctx, slug).catch((err) => {
    if (err instanceof NotFound) notFound();
    throw err;
  });
  const q = await searchParams;
  const to = revisions.find((r) => r.id === q.to) ?? revisions[0]!;
  const from = revisions.find((r) => r.id === q.from) ?? revisions.find((r) => r.number < to.number) ?? to;
  const changes = from.id === to.id ? [] : await compareEntityRevisions(ctx, slug, from.id, to.id);
  return (
    <div className="space-y-6">
      <p className="text-sm"><Link href={`/workspace/entities/${slug}`}>← Back to the page</Link></p>
      <h1 className="text-2xl font-semibold tracking-tight">History of {revisions[0]!.title}</h1>
      <form method="get" className="overflow-x-auto rounded-lg border border-line bg-white">
        <table className="w-full text-sm">
          <caption className="sr-only">Revisions, newest first; choose two to compare</caption>
          <thead className="bg-slate-50 text-left text-xs uppercase tracking-wide text-muted">
            <tr><th className="px-3 py-2">From</th><th className="px-3 py-2">To</th><th className="px-3 py-2">Revision</th><th className="px-3 py-2">State</th><th className="px-3 py-2">Author</th><th className="px-3 py-2">Saved</th><th className="px-3 py-2">Summary</th><th className="px-3 py-2"><span className="sr-only">Restore</span></th></tr>
          </thead>
          <tbody className="divide-y divide-line">
            {revisions.map((r, i) => (
              <tr key={r.id}>
                <td className="px-3 py-2"><input type="radio" name="from" value={r.id} defaultChecked={r.id === from.id} aria-label={`Compare from revision ${r.number}`} /></td>
                <td className="px-3 py-2"><input type="radio" name="to" value={r.id} defaultChecked={r.id === to.id} aria-label={`Compare to revision ${r.number}`} /></td>
                <td className="px-3 py-2 font-medium">{r.number}</td>
                <td className="px-3 py-2"><StatusBadge status={r.status} /></td>
                <td className="px-3 py-2">{r.authorName}</td>
                <td className="px-3 py-2 whitespace-nowrap text-muted"><time dateTime={r.createdAt}>{time(r.createdAt)}</time></td>
                <td className="px-3 py-2">{r.summary}</td>
                <td className="px-3 py-2">{i > 0 && <RestoreButton slug={slug} revisionId={r.id} number={r.number} />}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="border-t border-line p-3"><button type="submit" className="rounded-md border border-line px-3 py-1.5 text-sm font-medium hover:bg-slate-50">Compare</button></div>
      </form>
      <section aria-labelledby="diff-title">
        <h2 id="diff-title" className="mb-3 text-lg font-semibold">Revision {from.number} → revision {to.number}</h2>
        <DiffView changes={changes} comparedTo={`revision ${from.number}`} />
      </section>
    </div>
  );
}
