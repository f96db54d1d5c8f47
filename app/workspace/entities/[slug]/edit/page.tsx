import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { workspaceContext } from "@/app/_server/workspace";
import { EntityForm } from "@/components/editor/entity-form";
import { getEntity } from "@/lib/entities/queries";
import { NotFound } from "@/lib/errors";
import { listSources } from "@/lib/sources/queries";

export const metadata: Metadata = { title: "Edit page" };

type Props = { params: Promise<{ slug: string }> };

export default async function EditEntityPage({ params }: Props) {
  const { slug } = await params;
  const ctx = await workspaceContext(`/workspace/entities/${slug}/edit`);
  const entity = await getEntity(ctx, slug, "latest").catch((err) => {
    if (err instanceof NotFound) notFound();
    throw err;
  });
  const sources = await listSources(ctx);
  const citeTargets = [
    ...entity.claims.map((c) => ({ kind: "claim" as const, id: c.id, label: c.statement.length > 90 ? `${c.statement.slice(0, 90)}…` : c.statement })),
    ...sources.map((s) => ({ kind: "source" as const, id: s.id, label: s.title })),
  ];
  return (
    <div className="max-w-3xl">
      <h1 className="mb-6 text-2xl font-semibold tracking-tight">Edit: {entity.title}</h1>
      <EntityForm
        kind={entity.kind}
        citeTargets={citeTargets}
        loaded={{
          slug: entity.slug,
          revisionId: entity.revision.id,
          revisionNumber: entity.revision.number,
          content: { title: entity.title, aliases: entity.aliases, fields: entity.fields, body: entity.body },
        }}
      />
    </div>
  );
}
