import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { auditLog, sourceRevisions, sources, users } from "@/db/schema";
import { tagsOfSourceChange } from "@/lib/public/change-tags";
import type { Flat } from "@/lib/review/diff";
import { flattenSource } from "@/lib/review/flatten-source";
import { indexSource } from "@/lib/search/index-hooks";
import { sourceDetails, type SourceDetails } from "@/lib/sources/source-details";
import { isPublishedRevision, publishSourceRevision } from "@/lib/visibility";
import { lastSubmission } from "./shared";
import type { RevisionKind } from "./types";

/**
 * A proposed correction of a source's details (the whole new state). A source's row
 * holds its public details, so approving copies the revision's onto it, and the audit
 * row keeps the details it replaced: no version is ever lost.
 */
export const sourceKind: RevisionKind<typeof sourceRevisions> = {
  table: sourceRevisions,
  eventColumn: "sourceRevisionId",
  noun: "source",

  async findForUpdate(tx, id) {
    const [sr] = await tx.select().from(sourceRevisions).where(eq(sourceRevisions.id, id));
    if (!sr) return null;
    const [source] = await tx.select().from(sources).where(eq(sources.id, sr.sourceId)).for("update");
    return {
      id, status: sr.status, authorId: sr.authorId, authorIds: [sr.authorId], subjectId: source!.id, entityId: null,
      latestRevisionId: source!.latestRevisionId, publishedRevisionId: source!.publishedRevisionId,
    };
  },

  async publish(tx, rev) {
    const [[current], [revision]] = await Promise.all([
      tx.select().from(sources).where(eq(sources.id, rev.subjectId)),
      tx.select().from(sourceRevisions).where(eq(sourceRevisions.id, rev.id)),
    ]);
    const replaced = sourceDetails(current!);
    await publishSourceRevision(tx, rev.subjectId, rev.id, sourceDetails(revision!));
    return { replaced };
  },

  index: indexSource,

  async cacheTags(db, revisionId) {
    const [row] = await db.select({ sourceId: sourceRevisions.sourceId }).from(sourceRevisions).where(eq(sourceRevisions.id, revisionId));
    return row ? tagsOfSourceChange(db, row.sourceId) : null;
  },

  /** Compared with the details readers see now (the source's row); once approved, with the details its approval replaced. */
  async detail(db, id) {
    const [sr] = await db.select().from(sourceRevisions).where(eq(sourceRevisions.id, id));
    if (!sr) return null;
    const [source] = await db.select().from(sources).where(eq(sources.id, sr.sourceId));
    let before: Flat | null = flattenSource(sourceDetails(source!));
    if (sr.status === "approved") {
      const [approval] = await db
        .select({ details: auditLog.details })
        .from(auditLog)
        .where(and(eq(auditLog.subjectId, sr.id), eq(auditLog.action, "source_revision.approve")));
      const replaced = approval?.details.replaced as SourceDetails | undefined;
      before = replaced ? flattenSource(replaced) : null;
    }
    return {
      rev: sr, authorIds: [], entityId: null, source: { id: source!.id, title: source!.title, url: source!.url }, claimId: null,
      isLatest: source!.latestRevisionId === sr.id, isPublished: isPublishedRevision(source!, sr.id),
      flat: flattenSource(sourceDetails(sr)), before, comparedTo: null, citations: [],
    };
  },

  async queue(db, limit) {
    const rows = await db
      .select({
        r: sourceRevisions,
        source: { id: sources.id, title: sources.title, url: sources.url },
        authorName: users.name,
        submittedAt: lastSubmission("sourceRevisionId", sourceRevisions.id),
      })
      .from(sourceRevisions)
      .innerJoin(sources, eq(sources.id, sourceRevisions.sourceId))
      .innerJoin(users, eq(users.id, sourceRevisions.authorId))
      .where(eq(sourceRevisions.status, "pending"))
      .orderBy(asc(sourceRevisions.createdAt))
      .limit(limit);
    return rows.map(({ r, source, authorName, submittedAt }) => ({
      revision: r, authorIds: [], authorName, submittedAt, entity: null, source, statement: null,
    }));
  },

  async openWork(db, authorId, statuses, limit) {
    const rows = await db
      .select({ r: sourceRevisions, source: { id: sources.id, title: sources.title }, latest: sources.latestRevisionId })
      .from(sourceRevisions)
      .innerJoin(sources, eq(sources.id, sourceRevisions.sourceId))
      .where(and(eq(sourceRevisions.authorId, authorId), inArray(sourceRevisions.status, [...statuses])))
      .orderBy(desc(sourceRevisions.createdAt))
      .limit(limit);
    return rows.map(({ r, source, latest }) => ({
      revision: r, entityId: null, source, claimId: null, statement: null, latestRevisionId: latest,
    }));
  },
};
