import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { workspaceContext } from "@/app/_server/workspace";
import { ActivityList } from "@/components/activity/activity-list";
import { WorkspaceClaims } from "@/components/claims/workspace-claims";
import { Infobox } from "@/components/entity/infobox";
import { RevisionActions } from "@/components/review/revision-actions";
import { KindBadge } from "@/components/ui/badge";
import { StatusBadge } from "@/components/ui/status-badge";
import { recentActivity } from "@/lib/audit/queries";
import { listEntities } from "@/lib/entities/queries";
import { entityPath } from "@/lib/entities/sections";
import { workspaceEntity } from "@/lib/entities/workspace-entity";
import { NotFound } from "@/lib/errors";
import { listSources } from "@/lib/sources/queries";

type Props = { params: Promise<{ slug: string }> };

export const metadata: Metadata = { title: "Page" };

export default async function WorkspaceEntityPage({ params }: Props) {
  const { slug } = await params;
  const ctx = await workspaceContext(`/workspace/entities/${slug}`);
  let data;
  try {
    data = await workspaceEntity(ctx, slug);
  } catch (err) {
    if (err instanceof NotFound) notFound();
    throw err;
  }
  const { entity } = data;
  const [objects, sources, activity] = await Promise.all([
    listEntities(ctx, { view: "latest", limit: 500 }),
    listSources(ctx),
    recentActivity(ctx, { entityId: entity.id, limit: 30 }),
  ]);
  return (
    <div className="grid gap-8 lg:grid-cols-[1fr_20rem]">
      <div className="min-w-0 space-y-8">
        <header>
          <div className="flex flex-wrap items-center gap-2 text-sm">
            <KindBadge kind={entity.kind} />
            <StatusBadge status={entity.revision.status} />
            <span className="text-muted">revision {entity.revision.number}</span>
            {entity.publishedRevisionId ? (
              <Link href={entityPath(entity)}>View the published page</Link>
            ) : (
              <span className="text-muted">not published yet</span>
            )}
          </div>
          <h1 className="mt-2 text-3xl font-semibold tracking-tight">{entity.title}</h1>
          {entity.aliases.length > 0 && <p className="mt-1 text-muted">{entity.aliases.map((a) => a.name).join(" · ")}</p>}
          <div className="mt-3 flex flex-wrap items-start gap-3">
            <Link href={`/workspace/entities/${entity.slug}/edit`} className="rounded-md bg-accent px-3 py-1.5 text-sm font-medium text-white no-underline hover:bg-accent-strong hover:text-white">Edit page</Link>
            <Link href={`/workspace/entities/${entity.slug}/history`} className="rounded-md border border-line bg-white px-3 py-1.5 text-sm font-medium no-underline hover:bg-slate-50">History</Link>
            <RevisionActions revisionId={entity.revision.id} allowed={data.allowed} />
          </div>
        </header>
        <section aria-labelledby="claims">
          <h2 id="claims" className="mb-3 text-xl font-semibold">Claims</h2>
          <WorkspaceClaims entitySlug={entity.slug} claims={data.claims} objects={objects.items} sources={sources} />
        </section>
      </div>
      <aside className="space-y-6">
        <section aria-label="Facts" className="rounded-lg border border-line bg-white p-4">
          <h2 className="mb-2 text-sm font-semibold uppercase tracking-wide text-muted">Facts</h2>
          <Infobox kind={entity.kind} fields={entity.fields} />
        </section>
        <section aria-labelledby="activity" className="rounded-lg border border-line bg-white p-4">
          <h2 id="activity" className="mb-2 text-sm font-semibold uppercase tracking-wide text-muted">Activity</h2>
          <ActivityList rows={activity} compact />
        </section>
      </aside>
    </div>
  );
}
