import { and, asc, eq, sql } from "drizzle-orm";
import { claimRevisions, claims, entities, entityRevisions, sourceRevisions, sources, users } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { authorize, can } from "@/lib/policies";
import { entityRevisionAuthorIds } from "./authors";
import type { EntityKind } from "@/lib/entities/fields";
import type { RevisionType } from "./find-revision";

export type QueueItem = {
  id: string;
  type: RevisionType;
  number: number;
  status: "pending";
  authorId: string;
  authorName: string;
  summary: string;
  submittedAt: string;
  /** The page, or the claim's page; null for source revisions. */
  entity: { id: string; slug: string; kind: EntityKind; title: string } | null;
  /** The source, for source revisions (its current title). */
  source: { id: string; title: string; url: string } | null;
  /** The claim statement, for claim revisions. */
  statement: string | null;
  /** False when the actor may not review it (their own work, or not a reviewer). */
  canReview: boolean;
};

const submittedAt = (column: "entity_revision_id" | "claim_revision_id" | "source_revision_id", id: unknown) =>
  sql<Date>`(select max(e.created_at) from review_events e where e.${sql.raw(column)} = ${id} and e.action = 'submit')`;

/** Pending revisions of all three kinds, oldest submission first (members only). */
export async function reviewQueue(ctx: Ctx, limit = 200): Promise<QueueItem[]> {
  const actor = authorize(ctx.actor, "read:workspace");
  const entityRows = await ctx.db
    .select({ r: entityRevisions, e: entities, authorName: users.name, submittedAt: submittedAt("entity_revision_id", entityRevisions.id), authorIds: entityRevisionAuthorIds })
    .from(entityRevisions)
    .innerJoin(entities, eq(entities.id, entityRevisions.entityId))
    .innerJoin(users, eq(users.id, entityRevisions.authorId))
    .where(eq(entityRevisions.status, "pending"))
    .orderBy(asc(entityRevisions.createdAt))
    .limit(limit);
  const subject = ctx.db
    .select({ id: entities.id, slug: entities.slug, kind: entities.kind, title: entityRevisions.title })
    .from(entities)
    .innerJoin(entityRevisions, eq(entityRevisions.id, entities.latestRevisionId))
    .as("subject");
  const claimRows = await ctx.db
    .select({
      r: claimRevisions,
      subject: { id: subject.id, slug: subject.slug, kind: subject.kind, title: subject.title },
      authorName: users.name,
      submittedAt: submittedAt("claim_revision_id", claimRevisions.id),
    })
    .from(claimRevisions)
    .innerJoin(claims, eq(claims.id, claimRevisions.claimId))
    .innerJoin(subject, eq(subject.id, claims.subjectEntityId))
    .innerJoin(users, eq(users.id, claimRevisions.authorId))
    .where(and(eq(claimRevisions.status, "pending")))
    .orderBy(asc(claimRevisions.createdAt))
    .limit(limit);
  const sourceRows = await ctx.db
    .select({
      r: sourceRevisions,
      source: { id: sources.id, title: sources.title, url: sources.url },
      authorName: users.name,
      submittedAt: submittedAt("source_revision_id", sourceRevisions.id),
    })
    .from(sourceRevisions)
    .innerJoin(sources, eq(sources.id, sourceRevisions.sourceId))
    .innerJoin(users, eq(users.id, sourceRevisions.authorId))
    .where(eq(sourceRevisions.status, "pending"))
    .orderBy(asc(sourceRevisions.createdAt))
    .limit(limit);
  // What every queued revision shares; each kind adds what it is about.
  const common = (r: { id: string; number: number; authorId: string; summary: string; createdAt: Date }, authorName: string, submitted: Date | null, authorIds: string[] = []) => ({
    id: r.id, number: r.number, status: "pending" as const, authorId: r.authorId, authorName, summary: r.summary,
    submittedAt: new Date(submitted ?? r.createdAt).toISOString(), canReview: can(actor, "approve", { authorId: r.authorId, authorIds }),
  });
  const items: QueueItem[] = [
    ...entityRows.map(({ r, e, authorName, submittedAt, authorIds }) => ({
      ...common(r, authorName, submittedAt, authorIds), type: "entity" as const,
      entity: { id: e.id, slug: e.slug, kind: e.kind, title: r.title }, source: null, statement: null,
    })),
    ...claimRows.map(({ r, subject, authorName, submittedAt }) => ({
      ...common(r, authorName, submittedAt), type: "claim" as const, entity: subject, source: null, statement: r.statement,
    })),
    ...sourceRows.map(({ r, source, authorName, submittedAt }) => ({
      ...common(r, authorName, submittedAt), type: "source" as const, entity: null, source, statement: null,
    })),
  ];
  return items.sort((a, b) => a.submittedAt.localeCompare(b.submittedAt)).slice(0, limit);
}
