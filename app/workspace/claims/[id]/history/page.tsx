import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { workspaceContext } from "@/app/_server/workspace";
import { chosenPair, HistoryTable } from "@/components/history/history-table";
import { RestoreButton } from "@/components/history/restore-button";
import { DiffView } from "@/components/review/diff-view";
import { workspaceEntityPath } from "@/lib/entities/sections";
import { NotFound } from "@/lib/errors";
import { compareClaimRevisions, listClaimRevisions } from "@/lib/history/claim-history";
import { restoreClaimRevisionAction } from "./actions";

export const metadata: Metadata = { title: "Claim history" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ from?: string; to?: string }> };

export default async function ClaimHistoryPage({ params, searchParams }: Props) {
  const { id } = await params;
  const ctx = await workspaceContext(`/workspace/claims/${id}/history`);
  const { subject, revisions } = await listClaimRevisions(ctx, id).catch((err) => {
    if (err instanceof NotFound) notFound();
    throw err;
  });
  const { from, to } = chosenPair(revisions, await searchParams);
  const changes = from.id === to.id ? [] : await compareClaimRevisions(ctx, id, from.id, to.id);
  return (
    <div className="space-y-6">
      <p className="text-sm"><Link href={`${workspaceEntityPath(subject.slug)}#claim-${id}`}>← Back to {subject.title}</Link></p>
      <h1 className="text-2xl font-semibold tracking-tight">History of a claim</h1>
      <p className="font-serif text-lg">{revisions[0]!.statement}</p>
      <HistoryTable rows={revisions} fromId={from.id} toId={to.id}
        restore={(r, i) => i > 0 && <RestoreButton restore={restoreClaimRevisionAction.bind(null, id, r.id)} number={r.number} />} />
      <section aria-labelledby="diff-title">
        <h2 id="diff-title" className="mb-3 text-lg font-semibold">Revision {from.number} → revision {to.number}</h2>
        <DiffView changes={changes} comparedTo={`revision ${from.number}`} />
      </section>
    </div>
  );
}
