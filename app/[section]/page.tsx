import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { publicContext } from "@/app/_server/context";
import { pageOrigin } from "@/app/_server/site-url";
import { DemoBanner } from "@/components/layout/demo-banner";
import { EntityCard } from "@/components/entity/entity-card";
import { isSection, SECTIONS } from "@/lib/entities/sections";
import { readSection } from "@/lib/public/reads";

type Props = { params: Promise<{ section: string }>; searchParams: Promise<{ after?: string }> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { section } = await params;
  if (!isSection(section)) return {};
  const { after } = await searchParams;
  const url = `${await pageOrigin()}/${section}`;
  const meta = SECTIONS[section];
  return {
    title: meta.title,
    description: meta.blurb,
    // Later pages of the list are for browsing; the first page is the one to index.
    alternates: { canonical: url },
    ...(after ? { robots: { index: false, follow: true } } : {}),
    openGraph: { type: "website", url, title: `${meta.title} · Nexus Watch`, description: meta.blurb, siteName: "Nexus Watch" },
  };
}

export default async function EntityListPage({ params, searchParams }: Props) {
  const { section } = await params;
  if (!isSection(section)) notFound();
  const { after } = await searchParams;
  const meta = SECTIONS[section];
  const ctx = await publicContext();
  const page = await readSection(ctx.db, meta.kind, typeof after === "string" ? after : undefined);
  return (
    <div>
      {ctx.demo && <DemoBanner />}
      <header className="mb-6">
        <h1 className="text-3xl font-semibold tracking-tight">{meta.title}</h1>
        <p className="mt-2 max-w-2xl text-muted">{meta.blurb}</p>
      </header>
      {page.items.length === 0 ? (
        <p className="text-muted">No {meta.title.toLowerCase()} have been published yet.</p>
      ) : (
        <ul className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {page.items.map((entity) => (
            <li key={entity.id} className="min-w-0"><EntityCard entity={entity} /></li>
          ))}
        </ul>
      )}
      <nav aria-label="Pages" className="mt-8 flex gap-4 text-sm">
        {after && <Link href={`/${section}`}>← First page</Link>}
        {page.nextCursor && <Link href={`/${section}?after=${page.nextCursor}`}>Next page →</Link>}
      </nav>
    </div>
  );
}
