import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { cache } from "react";
import { publicContext } from "@/app/_server/context";
import { pageOrigin } from "@/app/_server/site-url";
import { DemoBanner } from "@/components/layout/demo-banner";
import { EntityPage } from "@/components/entity/entity-page";
import { JsonLd } from "@/components/seo/json-ld";
import { pageDescription } from "@/lib/entities/description";
import { entityPath, isSection, SECTIONS } from "@/lib/entities/sections";
import { entityJsonLd } from "@/lib/public/json-ld";
import { readEntityPage } from "@/lib/public/reads";

type Props = {
  params: Promise<{ section: string; slug: string }>;
  searchParams: Promise<{ revision?: string | string[] }>;
};

const load = cache(async (slug: string, revision: string | undefined) => {
  const ctx = await publicContext();
  return { ctx, page: await readEntityPage(ctx.db, slug, revision) };
});

/** ?revision=<id> is the permalink of a published revision (see "Cite this page"). */
async function revisionParam(searchParams: Props["searchParams"]): Promise<string | undefined> {
  const { revision } = await searchParams;
  return (Array.isArray(revision) ? revision[0] : revision) || undefined;
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { section, slug } = await params;
  if (!isSection(section)) return {};
  const { page } = await load(slug, await revisionParam(searchParams));
  if (!page) return { title: "Not found" };
  const { entity } = page;
  const url = `${await pageOrigin()}${entityPath(entity)}`;
  const title = `${entity.title} (${SECTIONS[section].singular})`;
  const description = pageDescription(entity);
  return {
    title,
    description,
    // An older revision is for citing, not for search results: the current page is the canonical one.
    alternates: { canonical: url },
    ...(page.snapshot ? { robots: { index: false, follow: true } } : {}),
    openGraph: {
      type: "article",
      url,
      title: `${title} · Nexus Watch`,
      description,
      siteName: "Nexus Watch",
      ...(entity.publishedAt ? { modifiedTime: entity.publishedAt } : {}),
    },
    twitter: { card: "summary", title, description },
  };
}

export default async function EntityRoute({ params, searchParams }: Props) {
  const { section, slug } = await params;
  if (!isSection(section)) notFound();
  const revision = await revisionParam(searchParams);
  const { ctx, page } = await load(slug, revision);
  if (!page) notFound();
  const { entity } = page;
  if (SECTIONS[section].kind !== entity.kind) permanentRedirect(`${entityPath(entity)}${revision ? `?revision=${encodeURIComponent(revision)}` : ""}`);
  const origin = await pageOrigin();
  return (
    <>
      {ctx.demo && <DemoBanner />}
      <JsonLd data={entityJsonLd(entity, `${origin}${entityPath(entity)}`, origin)} />
      <EntityPage page={page} origin={origin} accessed={new Date()} />
    </>
  );
}
