import type { Metadata } from "next";
import Link from "next/link";
import { workspaceContext } from "@/app/_server/workspace";
import { EntityForm } from "@/components/editor/entity-form";
import { ENTITY_KINDS, type EntityKind } from "@/lib/entities/fields";
import { listSources } from "@/lib/sources/queries";

export const metadata: Metadata = { title: "New page" };

type Props = { searchParams: Promise<{ kind?: string }> };

export default async function NewEntityPage({ searchParams }: Props) {
  const ctx = await workspaceContext("/workspace/entities/new");
  const { kind } = await searchParams;
  if (!ENTITY_KINDS.includes(kind as EntityKind)) {
    return (
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">New page</h1>
        <p className="mt-2 text-muted">What is the page about?</p>
        <ul className="mt-4 flex flex-wrap gap-3">
          {ENTITY_KINDS.map((k) => (
            <li key={k}><Link href={`/workspace/entities/new?kind=${k}`} className="block rounded-lg border border-line bg-white px-5 py-4 font-medium capitalize hover:border-accent">A {k}</Link></li>
          ))}
        </ul>
      </div>
    );
  }
  const sources = await listSources(ctx);
  return (
    <div className="max-w-3xl">
      <h1 className="mb-6 text-2xl font-semibold tracking-tight">New {kind} page</h1>
      <EntityForm kind={kind as EntityKind} citeTargets={sources.map((s) => ({ kind: "source", id: s.id, label: s.title }))} />
    </div>
  );
}
