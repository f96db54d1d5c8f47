import type { Metadata } from "next";
import Link from "next/link";
import { workspaceContext } from "@/app/_server/workspace";
import { KindBadge } from "@/components/ui/badge";
import { StatusBadge } from "@/components/ui/status-badge";
import { listEntities } from "@/lib/entities/queries";
import { ENTITY_KINDS, type EntityKind } from "@/lib/entities/fields";
import { workspaceEntityPath } from "@/lib/entities/sections";

export const metadata: Metadata = { title: "Pages" };

type Props = { searchParams: Promise<{ kind?: string; after?: string }> };

export default async function WorkspaceEntitiesPage({ searchParams }: Props) {
  const ctx = await workspaceContext("/workspace/entities");
  const { kind: rawKind, after } = await searchParams;
  const kind = ENTITY_KINDS.includes(rawKind as EntityKind) ? (rawKind as EntityKind) : undefined;
  const page = await listEntities(ctx, { view: "latest", kind, limit: 100, cursor: typeof after === "string" ? after : undefined });
  return (
    <div>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold tracking-tight">Pages</h1>
        <Link href="/workspace/entities/new" className="rounded-md bg-accent px-3 py-1.5 text-sm font-medium text-white no-underline hover:bg-accent-strong hover:text-white">New page</Link>
      </div>
      <p className="mb-4 mt-1 text-muted">Every page in its latest state, published or not.</p>
      <nav aria-label="Filter by kind" className="mb-4 flex gap-3 text-sm">
        <Link href="/workspace/entities" aria-current={!kind ? "page" : undefined}>All</Link>
        {ENTITY_KINDS.map((k) => (
          <Link key={k} href={`/workspace/entities?kind=${k}`} aria-current={kind === k ? "page" : undefined}>{k}</Link>
        ))}
      </nav>
      <ul className="divide-y divide-line rounded-lg border border-line bg-white">
        {page.items.map((e) => (
          <li key={e.id} className="flex flex-wrap items-center gap-3 px-4 py-3">
            <KindBadge kind={e.kind} />
            <Link href={workspaceEntityPath(e.slug)} className="font-medium">{e.title}</Link>
            <StatusBadge status={e.revision.status} />
            {!e.publishedAt && <span className="text-xs text-muted">unpublished</span>}
          </li>
        ))}
      </ul>
      {page.nextCursor && <p className="mt-4 text-sm"><Link href={`/workspace/entities?${kind ? `kind=${kind}&` : ""}after=${page.nextCursor}`}>Next page →</Link></p>}
    </div>
  );
}
