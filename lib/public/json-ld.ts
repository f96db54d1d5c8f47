import type { EntityView } from "@/lib/entities/queries";
import { FIELD_SCHEMAS, REGISTRATION_LABELS } from "@/lib/entities/fields";
import { SITE_NAME } from "@/lib/entities/citation";

/**
 * schema.org descriptions for search engines and other machines. An entity page is an
 * `Article` about an `Organization` (firm) or a `Thing` (route, technology), citing its
 * sources; the open data is a `Dataset`. Not `ClaimReview`: that type rates a claim
 * someone else made, while a claim here is the team's own sourced statement.
 */
type JsonLd = Record<string, unknown>;

const publisher = (origin: string): JsonLd => ({ "@type": "Organization", name: SITE_NAME, url: origin });

export function entityJsonLd(entity: EntityView, url: string, origin: string): JsonLd {
  const sources = new Map<string, JsonLd>();
  for (const claim of entity.claims) {
    for (const { source } of claim.citations) {
      sources.set(source.id, {
        "@type": "CreativeWork",
        name: source.title,
        url: source.url,
        ...(source.publisher ? { publisher: { "@type": "Organization", name: source.publisher } } : {}),
        ...(source.author ? { author: source.author } : {}),
        ...(source.publishedAt ? { datePublished: source.publishedAt } : {}),
        ...(source.archiveUrl ? { archivedAt: source.archiveUrl } : {}),
      });
    }
  }
  return {
    "@context": "https://schema.org",
    "@type": "Article",
    headline: entity.title,
    url,
    mainEntityOfPage: url,
    version: String(entity.revision.number),
    ...(entity.publishedAt ? { dateModified: entity.publishedAt } : {}),
    isAccessibleForFree: true,
    publisher: publisher(origin),
    about: about(entity),
    citation: [...sources.values()],
  };
}

function about(entity: EntityView): JsonLd {
  const alternateName = entity.aliases.map((a) => a.name);
  if (entity.kind !== "firm") {
    return { "@type": "Thing", name: entity.title, ...(alternateName.length ? { alternateName } : {}), additionalType: entity.kind };
  }
  const parsed = FIELD_SCHEMAS.firm.safeParse(entity.fields);
  const f = parsed.success ? parsed.data : null;
  const lei = f?.registrations.find((r) => r.scheme === "lei");
  return {
    "@type": "Organization",
    name: entity.title,
    ...(alternateName.length ? { alternateName } : {}),
    ...(f?.country ? { address: { "@type": "PostalAddress", addressCountry: f.country } } : {}),
    ...(f?.website ? { sameAs: f.website } : {}),
    ...(f?.registrations.length
      ? { identifier: f.registrations.map((r) => ({ "@type": "PropertyValue", propertyID: REGISTRATION_LABELS[r.scheme], value: r.value })) }
      : {}),
    ...(lei ? { leiCode: lei.value } : {}),
  };
}

export function datasetJsonLd(origin: string, dateModified: string | null): JsonLd {
  return {
    "@context": "https://schema.org",
    "@type": "Dataset",
    name: `${SITE_NAME}: published firms, routes, technologies and sourced claims`,
    description:
      "Every published page and claim of Nexus Watch, an evidence wiki on technology-transfer pipelines: firms, trade routes and " +
      "technology types, and the reviewed claims linking them, each with its citations. Published data only.",
    url: `${origin}/data`,
    creator: publisher(origin),
    publisher: publisher(origin),
    isAccessibleForFree: true,
    ...(dateModified ? { dateModified } : {}),
    keywords: ["export controls", "sanctions", "dual-use goods", "supply chains", "FollowTheMoney"],
    distribution: [
      {
        "@type": "DataDownload",
        name: "Entities and relations as FollowTheMoney (JSON lines)",
        encodingFormat: "application/x-ndjson",
        contentUrl: `${origin}/api/v1/export/entities.ftm.json`,
      },
      {
        "@type": "DataDownload",
        name: "Claims with their citations (CSV, one row per citation)",
        encodingFormat: "text/csv",
        contentUrl: `${origin}/api/v1/export/claims.csv`,
      },
    ],
  };
}
