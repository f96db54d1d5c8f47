import type { Db } from "@/db/client";
import { publishedClaimCount, recentlyPublishedClaims } from "@/lib/claims/queries";
import type { Ctx } from "@/lib/context";
import type { EntityKind } from "@/lib/entities/fields";
import { getEntity, listEntities, publishedEntityCounts, recentlyPublishedEntities, type EntityView } from "@/lib/entities/queries";
import { incomingClaims, relationsOf, type Relation } from "@/lib/entities/related";
import { reviewSummary, type ReviewSummary } from "@/lib/entities/review-summary";
import { revisionSnapshot } from "@/lib/entities/revision-snapshot";
import { NotFound } from "@/lib/errors";
import { egoGraph } from "@/lib/graph/ego";
import { publishedGraph } from "@/lib/graph/queries";
import type { GraphData } from "@/lib/graph/schema";
import { hasDemoData } from "@/lib/instance/settings";
import { getSource, publishedSourceCount, type SourceWithClaims } from "@/lib/sources/queries";
import { publicCache } from "./public-cache";
import { sitemapData, type SitemapData } from "./sitemap";
import { entityTag, INDEX_TAGS, sourceTag } from "./tags";

/**
 * The public edition's reads, served from the public cache. Every one reads as an
 * anonymous caller (actor null), so through the published view of the visibility
 * rule whoever asks; each stores its result under the tags of what it shows.
 * Results are shared between requests: treat them as read-only.
 */
const anonymous = (db: Db): Ctx => ({ db, actor: null });

export type PublicEntityPage = {
  entity: EntityView;
  /** Set when an older published revision is shown through its permalink. */
  snapshot: { supersededAt: string | null; current: { id: string; number: number } } | null;
  relations: Relation[];
  review: ReviewSummary;
  graph: GraphData;
};

/** An entity page as published, or an older published revision of it; null when there is none. */
export function readEntityPage(db: Db, slug: string, revisionId?: string): Promise<PublicEntityPage | null> {
  return publicCache(db).read(`entity:${slug}@${revisionId ?? "published"}`, async () => {
    const current = await getEntity(anonymous(db), slug, "published").catch(notFoundAsNull);
    if (!current) return { value: null, tags: null };
    const snapshot = revisionId && revisionId !== current.revision.id ? await revisionSnapshot(db, slug, revisionId) : null;
    if (revisionId && revisionId !== current.revision.id && !snapshot) return { value: null, tags: null };
    const entity = snapshot?.entity ?? current;
    const incoming = snapshot ? [] : await incomingClaims(db, entity.id);
    const relations = relationsOf(entity.claims, incoming);
    const review = await reviewSummary(db, {
      entityId: entity.id,
      entityRevisionId: entity.revision.id,
      claimRevisionIds: entity.claims.map((c) => c.revision.id),
      asOf: snapshot?.supersededAt ? new Date(snapshot.supersededAt) : undefined,
    });
    const value: PublicEntityPage = {
      entity,
      snapshot: snapshot ? { supersededAt: snapshot.supersededAt, current: { id: current.revision.id, number: current.revision.number } } : null,
      relations,
      review,
      graph: egoGraph(entity, relations),
    };
    return { value, tags: [entityTag(entity.id)] };
  });
}

/** A page of the /firms, /routes or /technologies list. */
export function readSection(db: Db, kind: EntityKind, cursor?: string) {
  return publicCache(db).read(`list:${kind}:${cursor ?? ""}`, async () => ({
    value: await listEntities(anonymous(db), { kind, limit: 60, cursor }),
    tags: [INDEX_TAGS.lists],
  }));
}

/** What the home page shows: counts, recently published pages and claims. */
export function readHome(db: Db) {
  return publicCache(db).read("home", async () => {
    const ctx = anonymous(db);
    const [counts, claimCount, sourceCount, recent, recentClaims] = await Promise.all([
      publishedEntityCounts(ctx),
      publishedClaimCount(db),
      publishedSourceCount(ctx),
      recentlyPublishedEntities(ctx, 6),
      recentlyPublishedClaims(db, 5),
    ]);
    return { value: { counts, claimCount, sourceCount, recent, recentClaims }, tags: [INDEX_TAGS.home] };
  });
}

/** A source and the published claims citing it; null when the public may not see it. */
export function readSource(db: Db, id: string): Promise<SourceWithClaims | null> {
  return publicCache(db).read(`source:${id}`, async () => {
    const found = await getSource(anonymous(db), id, "published").catch(notFoundAsNull);
    return found ? { value: found, tags: [sourceTag(id)] } : { value: null, tags: null };
  });
}

/** The whole published relationship graph. */
export function readGraph(db: Db): Promise<GraphData> {
  return publicCache(db).read("graph", async () => ({ value: await publishedGraph(db), tags: [INDEX_TAGS.graph] }));
}

export function readSitemap(db: Db): Promise<SitemapData> {
  return publicCache(db).read("sitemap", async () => ({ value: await sitemapData(db), tags: [INDEX_TAGS.sitemap] }));
}

/** Whether the instance holds the fictional demo data (every public page then says so). */
export function readDemoFlag(db: Db): Promise<boolean> {
  return publicCache(db).read("demo", async () => ({ value: await hasDemoData(db), tags: [] }));
}

function notFoundAsNull(err: unknown): null {
  if (err instanceof NotFound) return null;
  throw err;
}
