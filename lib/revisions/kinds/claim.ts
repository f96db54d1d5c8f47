import { and, asc, count, desc, eq, inArray } from "drizzle-orm";
import { citations, claimRevisions, claims, entities, entityRevisions, users } from "@/db/schema";
import { citationsFor } from "@/lib/claims/queries";
import { tagsOfClaimChange } from "@/lib/public/change-tags";
import { flattenClaim } from "@/lib/review/flatten-claim";
import type { Flat } from "@/lib/review/diff";
import { presentRevision, type RevisionView } from "@/lib/review/present-revision";
import { indexClaim } from "@/lib/search/index-hooks";
import { isPublishedRevision, publishClaimRevision, publishedRevisionOf, unpublishClaim } from "@/lib/visibility";
import { lastSubmission } from "./shared";
import type { RevisionKind } from "./types";

/** A revision of a claim: statement, relation, period, value, confidence and citations. Retractable. */
export const claimKind: RevisionKind<typeof claimRevisions> = {
  table: claimRevisions,
  eventColumn: "claimRevisionId",
  noun: "claim",

  async findForUpdate(tx, id) {
    const [cr] = await tx.select().from(claimRevisions).where(eq(claimRevisions.id, id));
    if (!cr) return null;
    const [claim] = await tx.select().from(claims).where(eq(claims.id, cr.claimId)).for("update");
    return {
      id, status: cr.status, authorId: cr.authorId, authorIds: [cr.authorId], subjectId: claim!.id, entityId: claim!.subjectEntityId,
      latestRevisionId: claim!.latestRevisionId, publishedRevisionId: claim!.publishedRevisionId,
    };
  },

  async missing(tx, revisionId) {
    const [row] = await tx.select({ n: count() }).from(citations).where(eq(citations.claimRevisionId, revisionId));
    return (row?.n ?? 0) === 0 ? "A claim needs at least one citation" : null;
  },

  async publish(tx, rev, at) {
    await publishClaimRevision(tx, rev.subjectId, rev.id, at);
    return {};
  },

  async retract(tx, rev) {
    await unpublishClaim(tx, rev.subjectId);
  },

  index: indexClaim,

  async cacheTags(db, revisionId) {
    const [row] = await db
      .select({ claimId: claimRevisions.claimId, subjectId: claims.subjectEntityId })
      .from(claimRevisions)
      .innerJoin(claims, eq(claims.id, claimRevisions.claimId))
      .where(eq(claimRevisions.id, revisionId));
    return row ? tagsOfClaimChange(db, row.claimId, row.subjectId) : null;
  },

  async detail(db, id) {
    const [cr] = await db.select().from(claimRevisions).where(eq(claimRevisions.id, id));
    if (!cr) return null;
    const [claim] = await db.select().from(claims).where(eq(claims.id, cr.claimId));
    const publishedId = publishedRevisionOf(claim!);
    const comparing = publishedId && publishedId !== cr.id ? publishedId : null;
    const cites = await citationsFor(db, comparing ? [cr.id, comparing] : [cr.id]);
    const citationsOf = cites.get(cr.id) ?? [];
    let before: Flat | null = null, comparedTo: RevisionView | null = null;
    if (comparing) {
      const [pub] = await db.select().from(claimRevisions).where(eq(claimRevisions.id, comparing));
      before = await flattenClaim(db, pub!, cites.get(comparing) ?? []);
      comparedTo = presentRevision(pub!);
    }
    return {
      rev: cr, authorIds: [], entityId: claim!.subjectEntityId, source: null, claimId: claim!.id, isLatest: claim!.latestRevisionId === cr.id,
      isPublished: isPublishedRevision(claim!, cr.id), flat: await flattenClaim(db, cr, citationsOf), before, comparedTo, citations: citationsOf,
    };
  },

  async queue(db, limit) {
    // The claim's page, under its latest title.
    const subject = db
      .select({ id: entities.id, slug: entities.slug, kind: entities.kind, title: entityRevisions.title })
      .from(entities)
      .innerJoin(entityRevisions, eq(entityRevisions.id, entities.latestRevisionId))
      .as("subject");
    const rows = await db
      .select({
        r: claimRevisions,
        subject: { id: subject.id, slug: subject.slug, kind: subject.kind, title: subject.title },
        authorName: users.name,
        submittedAt: lastSubmission("claimRevisionId", claimRevisions.id),
      })
      .from(claimRevisions)
      .innerJoin(claims, eq(claims.id, claimRevisions.claimId))
      .innerJoin(subject, eq(subject.id, claims.subjectEntityId))
      .innerJoin(users, eq(users.id, claimRevisions.authorId))
      .where(eq(claimRevisions.status, "pending"))
      .orderBy(asc(claimRevisions.createdAt))
      .limit(limit);
    return rows.map(({ r, subject, authorName, submittedAt }) => ({
      revision: r, authorIds: [], authorName, submittedAt, entity: subject, source: null, statement: r.statement,
    }));
  },

  async openWork(db, authorId, statuses, limit) {
    const rows = await db
      .select({ r: claimRevisions, entityId: claims.subjectEntityId, latest: claims.latestRevisionId })
      .from(claimRevisions)
      .innerJoin(claims, eq(claims.id, claimRevisions.claimId))
      .where(and(eq(claimRevisions.authorId, authorId), inArray(claimRevisions.status, [...statuses])))
      .orderBy(desc(claimRevisions.createdAt))
      .limit(limit);
    return rows.map(({ r, entityId, latest }) => ({
      revision: r, entityId, source: null, claimId: r.claimId, statement: r.statement, latestRevisionId: latest,
    }));
  },
};
