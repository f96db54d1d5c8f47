import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { cache } from "react";
import { publicContext } from "@/app/_server/context";
import { DemoBanner } from "@/components/layout/demo-banner";
import { EntityPage } from "@/components/entity/entity-page";
import { getEntity } from "@/lib/entities/queries";
import { entityPath, isSection, SECTIONS } from "@/lib/entities/sections";
import { NotFound } from "@/lib/errors";

type Props = { params: Promise<{ section: string; slug: string }> };

const load = cache(async (slug: string) => {
  const ctx = await publicContext();
  try {
    return { ctx, entity: await getEntity(ctx, slug, "published") };
  } catch (err) {
    if (err instanceof NotFound) return { ctx, entity: null };
    throw err;
  }
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { section, slug } = await params;
  if (!isSection(section)) return {};
  const { entity } = await load(slug);
  return entity ? { title: `${entity.title} (${SECTIONS[section].singular})` } : { title: "Not found" };
}

export default async function EntityRoute({ params }: Props) {
  const { section, slug } = await params;
  if (!isSection(section)) notFound();
  const { ctx, entity } = await load(slug);
  if (!entity) notFound();
  if (SECTIONS[section].kind !== entity.kind) permanentRedirect(entityPath(entity));
  return (
    <>
      {ctx.demo && <DemoBanner />}
      <EntityPage entity={entity} />
    </>
  );
}
