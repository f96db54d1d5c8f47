import { and, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { claims, entities, sources } from "@/db/schema";
import { visibleClaims, visibleEntities, visibleSources, type View } from "@/lib/visibility";
import type { SearchHit, SubjectType } from "./types";

/**
 * The last word on what a hit may show: each hit is checked again against the one
 * visibility rule before it leaves lib/. The PostgreSQL index is updated in the change's
 * transaction and never needs it; a Meilisearch index waiting on its outbox (say,
 * during an outage, right after a retraction) would, and this keeps it from leaking.
 */
export async function visibleHits(db: Db, hits: SearchHit[], view: View): Promise<SearchHit[]> {
  if (view === "latest" || hits.length === 0) return hits;
  const idsOf = (type: SubjectType) => hits.filter((h) => h.type === type).map((h) => h.id);
  const allowed = new Set<string>();
  const add = (rows: Array<{ id: string }>) => rows.forEach((r) => allowed.add(r.id));
  const [entityIds, claimIds, sourceIds] = [idsOf("entity"), idsOf("claim"), idsOf("source")];
  // Side by side, not one after another: on postgres.js each takes its own connection, so a
  // search pays one round trip for the check instead of three.
  const checks = await Promise.all([
    entityIds.length ? db.select({ id: entities.id }).from(entities).where(and(inArray(entities.id, entityIds), visibleEntities(view))) : [],
    claimIds.length ? db.select({ id: claims.id }).from(claims).where(and(inArray(claims.id, claimIds), visibleClaims(view))) : [],
    sourceIds.length ? db.select({ id: sources.id }).from(sources).where(and(inArray(sources.id, sourceIds), visibleSources(view))) : [],
  ]);
  checks.forEach(add);
  return hits.filter((h) => allowed.has(h.id));
}
