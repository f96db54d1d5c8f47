import { and, asc, eq, gt } from "drizzle-orm";
import type { Db } from "@/db/client";
import { claimRevisions, claims, entities, entityRevisions } from "@/db/schema";
import { presentClaims, type ClaimView } from "@/lib/claims/queries";
import type { EntityKind } from "@/lib/entities/fields";
import type { Alias } from "@/lib/entities/schema";
import { entityRefs, type EntityRef } from "@/lib/entities/titles";
import { claimPointer, entityPointer, visibleClaims, visibleEntities } from "@/lib/visibility";

/**
 * The published data set read in keyset-paginated batches (ordered by id, each batch
 * starting after the last id of the one before), so an export of any size holds one
 * batch in memory and needs no long transaction.
 */
export const BATCH_SIZE = 500;

export type PublishedEntity = {
  id: string;
  slug: string;
  kind: EntityKind;
  title: string;
  aliases: Alias[];
  fields: Record<string, unknown>;
  revision: { id: string; number: number };
  publishedAt: string | null;
};

export type PublishedClaim = ClaimView & { subject: EntityRef };

export async function* publishedEntityBatches(db: Db, size = BATCH_SIZE): AsyncGenerator<PublishedEntity[]> {
  let after: string | null = null;
  for (;;) {
    const rows = await db
      .select({ entity: entities, revision: entityRevisions })
      .from(entities)
      .innerJoin(entityRevisions, eq(entityRevisions.id, entityPointer("published")))
      .where(and(visibleEntities("published"), after ? gt(entities.id, after) : undefined))
      .orderBy(asc(entities.id))
      .limit(size);
    if (rows.length === 0) return;
    yield rows.map(({ entity, revision }) => ({
      id: entity.id,
      slug: entity.slug,
      kind: entity.kind,
      title: revision.title,
      aliases: revision.aliases,
      fields: revision.fields,
      revision: { id: revision.id, number: revision.number },
      publishedAt: entity.publishedAt?.toISOString() ?? null,
    }));
    if (rows.length < size) return;
    after = rows[rows.length - 1]!.entity.id;
  }
}

/** Published claims with their published revision, object, citations and subject. */
export async function* publishedClaimBatches(db: Db, size = BATCH_SIZE): AsyncGenerator<PublishedClaim[]> {
  let after: string | null = null;
  for (;;) {
    const rows = await db
      .select({ claim: claims, revision: claimRevisions })
      .from(claims)
      .innerJoin(claimRevisions, eq(claimRevisions.id, claimPointer("published")))
      .where(and(visibleClaims("published"), after ? gt(claims.id, after) : undefined))
      .orderBy(asc(claims.id))
      .limit(size);
    if (rows.length === 0) return;
    const presented = await presentClaims(db, rows, "published", false);
    const subjects = await entityRefs(db, presented.map((c) => c.subjectId), "published");
    yield presented.flatMap((c) => {
      const subject = subjects.get(c.subjectId);
      return subject ? [{ ...c, subject }] : [];
    });
    if (rows.length < size) return;
    after = rows[rows.length - 1]!.claim.id;
  }
}
