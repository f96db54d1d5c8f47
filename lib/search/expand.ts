import { and, eq, inArray, or } from "drizzle-orm";
import type { Db } from "@/db/client";
import { citations, claimRevisions, claims, entities } from "@/db/schema";
import { claimPointer } from "@/lib/visibility";
import type { SubjectRef, SubjectType } from "./types";

export type Affected = Record<SubjectType, string[]>;

/**
 * Which documents a change touches, beyond the changed subject itself:
 * - an entity: its claims (they carry its kind, slug, countries and tiers, and become
 *   public when it does) and, for a technology, the claims that name it (its tiers);
 * - a claim: its subject entity (whose document holds its statements);
 * - either: the sources the claims cite (a source is public once a published claim cites it).
 */
export async function affectedSubjects(db: Db, changed: SubjectRef[]): Promise<Affected> {
  const ids = (type: SubjectType) => [...new Set(changed.filter((c) => c.type === type).map((c) => c.id))];
  const entityIds = new Set(ids("entity"));
  const claimIds = new Set(ids("claim"));
  const sourceIds = new Set(ids("source"));

  if (claimIds.size > 0) {
    const subjects = await db
      .select({ id: claims.subjectEntityId })
      .from(claims)
      .where(inArray(claims.id, [...claimIds]));
    for (const s of subjects) entityIds.add(s.id);
  }

  const changedEntities = ids("entity");
  if (changedEntities.length > 0) {
    const technologies = await db
      .select({ id: entities.id })
      .from(entities)
      .where(and(inArray(entities.id, changedEntities), eq(entities.kind, "technology")));
    const related = await db
      .selectDistinct({ id: claims.id })
      .from(claims)
      .leftJoin(claimRevisions, or(eq(claimRevisions.id, claimPointer("published")), eq(claimRevisions.id, claimPointer("latest"))))
      .where(
        or(
          inArray(claims.subjectEntityId, changedEntities),
          technologies.length > 0 ? inArray(claimRevisions.objectEntityId, technologies.map((t) => t.id)) : undefined,
        ),
      );
    for (const c of related) claimIds.add(c.id);
  }

  if (claimIds.size > 0) {
    const cited = await db
      .selectDistinct({ id: citations.sourceId })
      .from(citations)
      .innerJoin(claimRevisions, eq(claimRevisions.id, citations.claimRevisionId))
      .where(inArray(claimRevisions.claimId, [...claimIds]));
    for (const s of cited) sourceIds.add(s.id);
  }

  return { entity: [...entityIds], claim: [...claimIds], source: [...sourceIds] };
}
