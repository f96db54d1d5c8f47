import type { Metadata } from "next";
import Link from "next/link";
import { workspaceContext } from "@/app/_server/workspace";
import { StatusBadge } from "@/components/ui/status-badge";
import { workspaceEntityPath } from "@/lib/entities/sections";
import { formatTimestamp } from "@/lib/format";
import { myWork } from "@/lib/review/my-work";

export const metadata: Metadata = { title: "My work" };

const TYPE_LABELS = { entity: "Page", claim: "Claim", source: "Source" } as const;

export default async function MyWorkPage() {
  const ctx = await workspaceContext("/workspace");
  const items = await myWork(ctx);
  return (
    <div>
      <h1 className="text-2xl font-semibold tracking-tight">My work</h1>
      <p className="mb-6 mt-1 text-muted">Your drafts, what is waiting for review, and what reviewers sent back.</p>
      {items.length === 0 ? (
        <p className="rounded-lg border border-line bg-white p-6 text-muted">
          Nothing open. Start from <Link href="/workspace/entities">the pages</Link> and add a claim.
        </p>
      ) : (
        <ul className="space-y-3">
          {items.map((item) => (
            <li key={item.id} className="rounded-lg border border-line bg-white p-4">
              <div className="flex flex-wrap items-center gap-2 text-xs text-muted">
                <StatusBadge status={item.status} />
                <span>{TYPE_LABELS[item.type]} revision {item.number}, {formatTimestamp(item.createdAt)}</span>
                {item.entity && <Link href={`${workspaceEntityPath(item.entity.slug)}${item.claimId ? `#claim-${item.claimId}` : ""}`}>{item.entity.title}</Link>}
                {item.source && <Link href={`/workspace/sources/${item.source.id}#revision-${item.id}`}>Source</Link>}
              </div>
              <p className="mt-1 font-serif">{item.statement ?? item.entity?.title ?? item.source?.title}</p>
              {item.lastComment && (
                <p className="mt-2 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
                  {item.lastComment.by}: “{item.lastComment.text}”
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
