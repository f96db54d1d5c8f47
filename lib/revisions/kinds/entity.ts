import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { entities, entityRevisions, users } from "@/db/schema";
import { tagsOfEntityChange } from "@/lib/public/change-tags";
import { flattenEntity } from "@/lib/review/flatten";
import type { Flat } from "@/lib/review/diff";
import { coAuthorsOf, entityRevisionAuthorIds } from "@/lib/review/authors";
import { presentRevision, type RevisionView } from "@/lib/review/present-revision";
import { settleContributors } from "@/lib/collab/drafts";
import { indexEntity } from "@/lib/search/index-hooks";
import { isPublishedRevision, publishEntityRevision, publishedRevisionOf } from "@/lib/visibility";
import { lastSubmission } from "./shared";
import type { RevisionKind } from "./types";

/** A revision of a page (an entity): title, aliases, fields and body. */
export const entityKind: RevisionKind<typeof entityRevisions> = {
  table: entityRevisions,
  eventColumn: "entityRevisionId",
  noun: "page",

  async findForUpdate(tx, id) {
    const [er] = await tx.select().from(entityRevisions).where(eq(entityRevisions.id, id));
    if (!er) return null;
    const [entity] = await tx.select().from(entities).where(eq(entities.id, er.entityId)).for("update");
    return {
      id, status: er.status, authorId: er.authorId, authorIds: await coAuthorsOf(tx, id), subjectId: entity!.id, entityId: entity!.id,
      latestRevisionId: entity!.latestRevisionId, publishedRevisionId: entity!.publishedRevisionId,
    };
  },

  async publish(tx, rev, at) {
    await publishEntityRevision(tx, rev.subjectId, rev.id, at);
    await settleContributors(tx, rev.id);
    return {};
  },

  index: indexEntity,

  async cacheTags(db, revisionId) {
    const [row] = await db.select({ entityId: entityRevisions.entityId }).from(entityRevisions).where(eq(entityRevisions.id, revisionId));
    return row ? tagsOfEntityChange(db, row.entityId) : null;
  },

  async detail(db, id) {
    const [er] = await db.select().from(entityRevisions).where(eq(entityRevisions.id, id));
    if (!er) return null;
    const [entity] = await db.select().from(entities).where(eq(entities.id, er.entityId));
    const publishedId = publishedRevisionOf(entity!);
    let before: Flat | null = null, comparedTo: RevisionView | null = null;
    if (publishedId && publishedId !== er.id) {
      const [pub] = await db.select().from(entityRevisions).where(eq(entityRevisions.id, publishedId));
      before = flattenEntity(pub!);
      comparedTo = presentRevision(pub!);
    }
    return {
      rev: er, authorIds: await coAuthorsOf(db, er.id), entityId: entity!.id, source: null, claimId: null, isLatest: entity!.latestRevisionId === er.id,
      isPublished: isPublishedRevision(entity!, er.id), flat: flattenEntity(er), before, comparedTo, citations: [],
    };
  },

  async queue(db, limit) {
    const rows = await db
      .select({ r: entityRevisions, e: entities, authorName: users.name, submittedAt: lastSubmission("entityRevisionId", entityRevisions.id), authorIds: entityRevisionAuthorIds })
      .from(entityRevisions)
      .innerJoin(entities, eq(entities.id, entityRevisions.entityId))
      .innerJoin(users, eq(users.id, entityRevisions.authorId))
      .where(eq(entityRevisions.status, "pending"))
      .orderBy(asc(entityRevisions.createdAt))
      .limit(limit);
    return rows.map(({ r, e, authorName, submittedAt, authorIds }) => ({
      revision: r, authorIds, authorName, submittedAt,
      entity: { id: e.id, slug: e.slug, kind: e.kind, title: r.title }, source: null, statement: null,
    }));
  },

  async openWork(db, authorId, statuses, limit) {
    const rows = await db
      .select({ r: entityRevisions, latest: entities.latestRevisionId })
      .from(entityRevisions)
      .innerJoin(entities, eq(entities.id, entityRevisions.entityId))
      .where(and(eq(entityRevisions.authorId, authorId), inArray(entityRevisions.status, [...statuses])))
      .orderBy(desc(entityRevisions.createdAt))
      .limit(limit);
    return rows.map(({ r, latest }) => ({
      revision: r, entityId: r.entityId, source: null, claimId: null, statement: null, latestRevisionId: latest,
    }));
  },
};
