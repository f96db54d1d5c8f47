import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { entities, entityRevisions, type EntityRevision } from "@/db/schema";
import type { EntityKind } from "./fields";
import { entityPointer, visibleEntities, type View } from "@/lib/visibility";

export type EntityRef = { id: string; slug: string; kind: EntityKind; title: string };

/** Slug, kind and title of entities as the view sees them; entities it may not see are absent. */
export async function entityRefs(db: Db, ids: string[], view: View): Promise<Map<string, EntityRef>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: entities.id, slug: entities.slug, kind: entities.kind, title: entityRevisions.title })
    .from(entities)
    .innerJoin(entityRevisions, eq(entityRevisions.id, entityPointer(view)))
    .where(and(inArray(entities.id, [...new Set(ids)]), visibleEntities(view)));
  return new Map(rows.map((r) => [r.id, r]));
}

export function revisionRef(r: Pick<EntityRevision, "id" | "number" | "status">) {
  return { id: r.id, number: r.number, status: r.status };
}
