import { count, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { citations, claimRevisions, claims, entities, entityRevisions, sourceRevisions, sources } from "@/db/schema";
import { coAuthorsOf } from "./authors";
import { isId } from "@/lib/ids";

export type RevisionType = "entity" | "claim" | "source";

/** A revision of any kind, with what the workflow needs to know about its subject. */
export type WorkflowRevision = {
  type: RevisionType;
  id: string;
  status: (typeof entityRevisions.$inferSelect)["status"];
  authorId: string;
  /** The co-authors besides authorId (a co-edited page snapshot has several); none of them may review it. */
  authorIds: string[];
  subjectId: string;
  /** The entity the revision is about (the claim's subject entity for claims; null for sources). */
  entityId: string | null;
  latestRevisionId: string | null;
  publishedRevisionId: string | null;
};

/** Finds a revision by id in any of the three tables, locking its subject row for the transition. */
export async function findRevisionForUpdate(db: Db, id: string): Promise<WorkflowRevision | null> {
  if (!isId(id)) return null;
  const [er] = await db.select().from(entityRevisions).where(eq(entityRevisions.id, id));
  if (er) {
    const [entity] = await db.select().from(entities).where(eq(entities.id, er.entityId)).for("update");
    return {
      type: "entity", id, status: er.status, authorId: er.authorId, authorIds: await coAuthorsOf(db, id), subjectId: entity!.id, entityId: entity!.id,
      latestRevisionId: entity!.latestRevisionId, publishedRevisionId: entity!.publishedRevisionId,
    };
  }
  const [cr] = await db.select().from(claimRevisions).where(eq(claimRevisions.id, id));
  if (!cr) return findSourceRevisionForUpdate(db, id);
  const [claim] = await db.select().from(claims).where(eq(claims.id, cr.claimId)).for("update");
  return {
    type: "claim", id, status: cr.status, authorId: cr.authorId, authorIds: [cr.authorId], subjectId: claim!.id, entityId: claim!.subjectEntityId,
    latestRevisionId: claim!.latestRevisionId, publishedRevisionId: claim!.publishedRevisionId,
  };
}

async function findSourceRevisionForUpdate(db: Db, id: string): Promise<WorkflowRevision | null> {
  const [sr] = await db.select().from(sourceRevisions).where(eq(sourceRevisions.id, id));
  if (!sr) return null;
  const [source] = await db.select().from(sources).where(eq(sources.id, sr.sourceId)).for("update");
  return {
    type: "source", id, status: sr.status, authorId: sr.authorId, authorIds: [sr.authorId], subjectId: source!.id, entityId: null,
    latestRevisionId: source!.latestRevisionId, publishedRevisionId: source!.publishedRevisionId,
  };
}

export async function citationCount(db: Db, claimRevisionId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(citations).where(eq(citations.claimRevisionId, claimRevisionId));
  return row?.n ?? 0;
}
