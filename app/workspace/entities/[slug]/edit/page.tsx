import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { workspaceContext } from "@/app/_server/workspace";
import { LiveEntityEditor } from "@/components/collab/live-entity-editor";
import { EntityForm } from "@/components/editor/entity-form";
import { colorFor } from "@/lib/collab/colors";
import { getEntity } from "@/lib/entities/queries";
import { NotFound } from "@/lib/errors";
import { listSources } from "@/lib/sources/queries";

export const metadata: Metadata = { title: "Edit page" };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ mode?: string }> };

/**
 * Editing a page: the live shared draft by default; `?mode=form` is the single-person form that
 * saves a revision directly (three-way merged when someone saved in between).
 */
export default async function EditEntityPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { mode } = await searchParams;
  const ctx = await workspaceContext(`/workspace/entities/${slug}/edit`);
  const entity = await getEntity(ctx, slug, "latest").catch((err) => {
    if (err instanceof NotFound) notFound();
    throw err;
  });
  const sources = (await listSources(ctx)).map((s) => ({ kind: "source" as const, id: s.id, label: s.title }));
  const form = mode === "form";
  return (
    <div className="max-w-3xl">
      <div className="mb-6 flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-semibold tracking-tight">Edit: {entity.title}</h1>
        {form ? (
          <Link href={`/workspace/entities/${entity.slug}/edit`} className="text-sm">Edit live with others</Link>
        ) : (
          <Link href={`/workspace/entities/${entity.slug}/edit?mode=form`} className="text-sm">Edit alone in a form</Link>
        )}
      </div>
      {form ? (
        <EntityForm
          kind={entity.kind}
          citeTargets={[
            ...entity.claims.map((c) => ({ kind: "claim" as const, id: c.id, label: c.statement.length > 90 ? `${c.statement.slice(0, 90)}…` : c.statement })),
            ...sources,
          ]}
          loaded={{
            slug: entity.slug,
            revisionId: entity.revision.id,
            revisionNumber: entity.revision.number,
            content: { title: entity.title, aliases: entity.aliases, fields: entity.fields, body: entity.body },
          }}
        />
      ) : (
        <LiveEntityEditor
          entity={{ id: entity.id, slug: entity.slug, kind: entity.kind }}
          me={{ id: ctx.actor.id, name: ctx.user.name, color: colorFor(ctx.actor.id) }}
          sources={sources}
        />
      )}
    </div>
  );
}
