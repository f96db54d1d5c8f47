import { permalinkPath } from "@/lib/entities/citation";
import { FIELD_SCHEMAS } from "@/lib/entities/fields";
import { formatHsCode } from "@/lib/reference/chpl";
import { countryName } from "@/lib/reference/countries";
import { ftmCountry, ftmDate, ftmId, props, PUBLISHER, type FtmEntity, type Provenance } from "./ftm-types";
import type { PublishedEntity } from "./published-batches";

/**
 * FtM entities of one published page. A firm is a Company, and each sanctions listing
 * in its facts a Sanction. FtM has no schema for a trade route or a class of goods
 * (its root `Thing` is abstract), so routes and technologies become `Note`s: named,
 * with their countries or HS codes, so that claims can link to them.
 */
/** Said on every entity of an instance holding the demo data, so a screening tool never mistakes it for a real company. */
export const DEMO_NOTICE = "Fictional demo data: invented to demonstrate Nexus Watch; it describes no real company, route or listing.";

export function entityToFtm(
  entity: PublishedEntity,
  origin: string,
  facts: { sanctionedByClaim: boolean; demo: boolean },
): FtmEntity[] {
  const provenance: Provenance = {
    kind: "page_revision",
    url: `${origin}${permalinkPath(entity)}`,
    revisionId: entity.revision.id,
    revision: entity.revision.number,
    publishedAt: entity.publishedAt,
  };
  const common = {
    name: entity.title,
    alias: entity.aliases.map((a) => a.name).filter((n) => n !== entity.title),
    sourceUrl: provenance.url,
    publisher: PUBLISHER,
    publisherUrl: origin,
    modifiedAt: ftmDate(entity.publishedAt),
    notes: facts.demo ? DEMO_NOTICE : undefined,
  };
  if (entity.kind === "firm") return firm(entity, common, provenance, facts.sanctionedByClaim);
  if (entity.kind === "route") return [route(entity, common, provenance)];
  return [technology(entity, common, provenance)];
}

type Common = Record<string, string | string[] | undefined>;

function firm(entity: PublishedEntity, common: Common, provenance: Provenance, sanctionedByClaim: boolean): FtmEntity[] {
  const parsed = FIELD_SCHEMAS.firm.safeParse(entity.fields);
  const f = parsed.success ? parsed.data : { registrations: [], roles: [], sanctions: [], country: undefined, website: undefined };
  const ids = (scheme: string) => f.registrations.filter((r) => r.scheme === scheme).map((r) => r.value);
  const id = ftmId.entity(entity.id);
  const company: FtmEntity = {
    id,
    schema: "Company",
    properties: props({
      ...common,
      country: ftmCountry(f.country),
      jurisdiction: ftmCountry(f.country),
      registrationNumber: [...ids("cn_uscc"), ...ids("hk_cr"), ...ids("other")],
      innCode: ids("ru_inn"),
      ogrnCode: ids("ru_ogrn"),
      leiCode: ids("lei"),
      uscCode: ids("cn_uscc"),
      website: f.website,
      keywords: f.roles.map((r) => r.replace("_", " ")),
      topics: f.sanctions.length > 0 || sanctionedByClaim ? "sanction" : undefined,
    }),
    provenance: [provenance],
  };
  const listings: FtmEntity[] = f.sanctions.map((s) => ({
    id: ftmId.listing(entity.id, [s.program, s.authority, s.date, s.reference]),
    schema: "Sanction",
    properties: props({
      entity: id,
      authority: s.authority,
      program: s.program,
      listingDate: s.date,
      authorityId: s.reference,
      sourceUrl: common.sourceUrl,
      publisher: common.publisher,
      publisherUrl: common.publisherUrl,
      modifiedAt: common.modifiedAt,
      summary: common.notes,
    }),
    provenance: [provenance],
  }));
  return [company, ...listings];
}

function route(entity: PublishedEntity, common: Common, provenance: Provenance): FtmEntity {
  const parsed = FIELD_SCHEMAS.route.safeParse(entity.fields);
  const path = parsed.success
    ? [parsed.data.origin, ...parsed.data.transit.map((t) => t.country), parsed.data.destination]
    : [];
  const hubs = parsed.success ? parsed.data.transit.flatMap((t) => (t.hub ? [t.hub] : [])) : [];
  return {
    id: ftmId.entity(entity.id),
    schema: "Note",
    properties: props({
      ...common,
      summary: path.length ? `Trade route: ${path.map((c) => countryName(c)).join(" → ")}` : "Trade route",
      country: path.map(ftmCountry),
      keywords: ["trade route", ...(parsed.success ? parsed.data.modes : []), ...hubs],
    }),
    provenance: [provenance],
  };
}

function technology(entity: PublishedEntity, common: Common, provenance: Provenance): FtmEntity {
  const parsed = FIELD_SCHEMAS.technology.safeParse(entity.fields);
  const t = parsed.success ? parsed.data : { hsCodes: [], controls: [], chplTier: undefined, category: undefined };
  return {
    id: ftmId.entity(entity.id),
    schema: "Note",
    properties: props({
      ...common,
      summary: ["Technology type", t.category].filter(Boolean).join(": "),
      keywords: [
        "technology",
        ...t.hsCodes.map((c) => `HS ${formatHsCode(c)}`),
        t.chplTier ? `CHPL tier ${t.chplTier}` : undefined,
        ...t.controls.map((c) => `${c.regime.toUpperCase()} ${c.reference}`),
      ],
    }),
    provenance: [provenance],
  };
}
