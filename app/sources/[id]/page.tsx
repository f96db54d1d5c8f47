import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { publicContext } from "@/app/_server/context";
import { pageOrigin } from "@/app/_server/site-url";
import { DemoBanner } from "@/components/layout/demo-banner";
import { ConfidenceBadge } from "@/components/ui/badge";
import { entityPath } from "@/lib/entities/sections";
import { formatDate } from "@/lib/format";
import { readSource } from "@/lib/public/reads";
import { RELIABILITY_LABELS, SOURCE_TYPE_LABELS } from "@/lib/sources/schema";

type Props = { params: Promise<{ id: string }> };

const load = cache(async (id: string) => {
  const ctx = await publicContext();
  return { ctx, found: await readSource(ctx.db, id) };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { found } = await load((await params).id);
  if (!found) return { title: "Not found" };
  const { source, claims } = found;
  const url = `${await pageOrigin()}/sources/${source.id}`;
  const description = `${[source.publisher, formatDate(source.publishedAt)].filter(Boolean).join(", ") || "Source"} — cited by ${claims.length} published ${claims.length === 1 ? "claim" : "claims"} on Nexus Watch.`;
  return {
    title: source.title,
    description,
    alternates: { canonical: url },
    openGraph: { type: "website", url, title: `${source.title} · Nexus Watch`, description, siteName: "Nexus Watch" },
  };
}

export default async function SourcePage({ params }: Props) {
  const { ctx, found } = await load((await params).id);
  if (!found) notFound();
  const { source, claims } = found;
  const facts = [
    { label: "Publisher", value: source.publisher },
    { label: "Author", value: source.author },
    { label: "Published", value: formatDate(source.publishedAt) },
    { label: "Accessed", value: formatDate(source.accessedAt) },
    { label: "Type", value: SOURCE_TYPE_LABELS[source.type] },
    { label: "Reliability", value: `${source.reliability} — ${RELIABILITY_LABELS[source.reliability]}` },
  ].filter((f) => f.value);
  return (
    <div className="space-y-8">
      {ctx.demo && <DemoBanner />}
      <header>
        <p className="text-sm font-semibold uppercase tracking-wide text-accent">Source</p>
        <h1 className="mt-1 text-2xl font-semibold tracking-tight sm:text-3xl">{source.title}</h1>
        <p className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm">
          <a href={source.url} rel="nofollow noopener noreferrer" className="break-all">{source.url}</a>
          {source.archiveUrl && <a href={source.archiveUrl} rel="nofollow noopener noreferrer">Archived copy</a>}
        </p>
      </header>
      <dl className="grid gap-3 rounded-lg border border-line bg-white p-4 text-sm sm:grid-cols-3">
        {facts.map((f) => (
          <div key={f.label}>
            <dt className="text-muted">{f.label}</dt>
            <dd className="font-medium">{f.value}</dd>
          </div>
        ))}
      </dl>
      <section aria-labelledby="citing">
        <h2 id="citing" className="mb-4 text-xl font-semibold">Claims citing this source ({claims.length})</h2>
        <ul className="space-y-3">
          {claims.map((claim) => (
            <li key={claim.id} className="rounded-lg border border-line bg-white p-4">
              <p className="font-serif leading-relaxed">{claim.statement}</p>
              {claim.citations
                .filter((c) => c.source.id === source.id && (c.quote || c.locator))
                .map((c, i) => (
                  <blockquote key={i} className="mt-2 border-l-2 border-line pl-3 text-sm text-muted">
                    {c.quote && <span className="font-serif italic">“{c.quote}”</span>}
                    {c.locator && <span> — {c.locator}</span>}
                  </blockquote>
                ))}
              <div className="mt-2 flex flex-wrap items-center gap-3 text-sm">
                <ConfidenceBadge confidence={claim.confidence} />
                {claim.subject && <Link href={`${entityPath(claim.subject)}#claim-${claim.id}`}>{claim.subject.title}</Link>}
              </div>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
