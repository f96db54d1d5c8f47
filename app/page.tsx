import type { Metadata } from "next";
import Link from "next/link";
import { publicContext } from "@/app/_server/context";
import { pageOrigin } from "@/app/_server/site-url";
import { DemoBanner } from "@/components/layout/demo-banner";
import { ClaimSummary } from "@/components/claims/claim-summary";
import { EntityCard } from "@/components/entity/entity-card";
import { readHome } from "@/lib/public/reads";

const DESCRIPTION =
  "An evidence wiki on technology-transfer pipelines: which firms move which technologies along which routes, every statement sourced and reviewed.";

export async function generateMetadata(): Promise<Metadata> {
  const url = `${await pageOrigin()}/`;
  return {
    alternates: { canonical: url },
    openGraph: { type: "website", url, title: "Nexus Watch", description: DESCRIPTION, siteName: "Nexus Watch" },
  };
}

export default async function HomePage() {
  const ctx = await publicContext();
  const { counts, claimCount, sourceCount, recent, recentClaims } = await readHome(ctx.db);
  const stats = [
    { label: "Firms", value: counts.firm, href: "/firms" },
    { label: "Routes", value: counts.route, href: "/routes" },
    { label: "Technologies", value: counts.technology, href: "/technologies" },
    { label: "Published claims", value: claimCount },
    { label: "Cited sources", value: sourceCount },
  ];
  return (
    <div className="space-y-10">
      {ctx.demo && <DemoBanner />}
      <section className="max-w-3xl">
        <h1 className="text-3xl font-semibold tracking-tight sm:text-4xl">Who moves which technologies, along which routes</h1>
        <p className="mt-4 text-lg text-muted">
          Nexus Watch is an evidence wiki on technology-transfer pipelines — how dual-use electronics, drones and machine
          tools reach sanctioned end users around export controls. Every statement is a claim backed by cited sources, and
          nothing appears here until a second person has reviewed it.
        </p>
        <p className="mt-4 flex flex-wrap gap-x-5 gap-y-1 text-sm font-medium">
          <Link href="/graph">Explore the relationship graph →</Link>
          <Link href="/data">Download the published data →</Link>
        </p>
      </section>

      <section aria-label="What is published">
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5">
          {stats.map((s) => (
            <div key={s.label} className="rounded-lg border border-line bg-white p-4">
              <dt className="text-sm text-muted">{s.href ? <Link href={s.href}>{s.label}</Link> : s.label}</dt>
              <dd className="mt-1 text-2xl font-semibold tabular-nums">{s.value}</dd>
            </div>
          ))}
        </dl>
      </section>

      <div className="grid gap-10 lg:grid-cols-2 [&>*]:min-w-0">
        <section aria-labelledby="recent-pages">
          <h2 id="recent-pages" className="mb-3 text-lg font-semibold">Recently published pages</h2>
          {recent.length === 0 ? (
            <p className="text-muted">Nothing has been published yet.</p>
          ) : (
            <ul className="space-y-3">
              {recent.map((e) => (
                <li key={e.id} className="min-w-0"><EntityCard entity={e} /></li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="recent-claims">
          <h2 id="recent-claims" className="mb-3 text-lg font-semibold">Recently published claims</h2>
          {recentClaims.length === 0 ? (
            <p className="text-muted">No claim has been published yet.</p>
          ) : (
            <ul className="space-y-3">
              {recentClaims.map((c) => (
                <li key={c.id}><ClaimSummary claim={c} subject={c.subject} /></li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </div>
  );
}
