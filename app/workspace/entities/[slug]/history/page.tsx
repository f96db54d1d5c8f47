import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { workspaceContext } from "@/app/_server/workspace";
import { chosenPair, HistoryTable } from "@/components/history/history-table";
import { RestoreButton } from "@/components/history/restore-button";
import { DiffView } from "@/components/review/diff-view";
import { listEntityRevisions } from "@/lib/entities/queries";
import { NotFound } from "@/lib/errors";
import { compareEntityRevisions } from "@/lib/history/entity-history";
import { restoreRevisionAction } from "./actions";

export const metadata: Metadata = { title: "History" };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ from?: string; to?: string }> };

export default async function EntityHistoryPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const ctx = await workspaceContext(`/workspace/entities/${slug}/history`);
  const revisions = await listEntityRevisions(ctx, slug).catch((err) => {
    if (err instanceof NotFound) notFound();
    throw err;
  });
  const { from, to } = chosenPair(revisions, await searchParams);
  const changes = from.id === to.id ? [] : await compareEntityRevisions(ctx, slug, from.id, to.id);
  return (
    <div className="space-y-6">
      <p className="text-sm"><Link href={`/workspace/entities/${slug}`}>← Back to the page</Link></p>
      <h1 className="text-2xl font-semibold tracking-tight">History of {revisions[0]!.title}</h1>
      <HistoryTable rows={revisions} fromId={from.id} toId={to.id}
        restore={(r, i) => i > 0 && <RestoreButton restore={restoreRevisionAction.bind(null, slug, r.id)} number={r.number} />} />
      <section aria-labelledby="diff-title">
        <h2 id="diff-title" className="mb-3 text-lg font-semibold">Revision {from.number} → revision {to.number}</h2>
        <DiffView changes={changes} comparedTo={`revision ${from.number}`} />
      </section>
    </div>
  );
}
