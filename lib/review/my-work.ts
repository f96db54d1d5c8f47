import { and, desc, eq, inArray, or, sql } from "drizzle-orm";
import { claimRevisions, claims, entities, entityRevisions, reviewEvents, sourceRevisions, sources, users } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { authorize } from "@/lib/policies";
import { entityRefs, type EntityRef } from "@/lib/entities/titles";
import type { RevisionType } from "./find-revision";

const OPEN = ["draft", "pending", "changes_requested", "rejected"] as const;

export type WorkItem = {
  id: string;
  type: RevisionType;
  number: number;
  status: (typeof OPEN)[number];
  summary: string;
  createdAt: string;
  entity: EntityRef | null;
  /** The source, for source revisions. */
  source: { id: string; title: string } | null;
  claimId: string | null;
  statement: string | null;
  /** True when a newer revision exists: this one can no longer be submitted or approved. */
  superseded: boolean;
  /** The reviewer's latest comment, for changes requested or rejections. */
  lastComment: { text: string; by: string; at: string } | null;
};

/** A contributor's open work: drafts, pending, changes requested and rejected revisions, newest first. */
export async function myWork(ctx: Ctx, limit = 100): Promise<WorkItem[]> {
  const actor = authorize(ctx.actor, "read:workspace");
  const [er, cr, sr] = await Promise.all([
    ctx.db
      .select({ r: entityRevisions, latest: entities.latestRevisionId })
      .from(entityRevisions)
      .innerJoin(entities, eq(entities.id, entityRevisions.entityId))
      .where(and(eq(entityRevisions.authorId, actor.id), inArray(entityRevisions.status, [...OPEN])))
      .orderBy(desc(entityRevisions.createdAt))
      .limit(limit),
    ctx.db
      .select({ r: claimRevisions, entityId: claims.subjectEntityId, latest: claims.latestRevisionId })
      .from(claimRevisions)
      .innerJoin(claims, eq(claims.id, claimRevisions.claimId))
      .where(and(eq(claimRevisions.authorId, actor.id), inArray(claimRevisions.status, [...OPEN])))
      .orderBy(desc(claimRevisions.createdAt))
      .limit(limit),
    ctx.db
      .select({ r: sourceRevisions, source: { id: sources.id, title: sources.title }, latest: sources.latestRevisionId })
      .from(sourceRevisions)
      .innerJoin(sources, eq(sources.id, sourceRevisions.sourceId))
      .where(and(eq(sourceRevisions.authorId, actor.id), inArray(sourceRevisions.status, [...OPEN])))
      .orderBy(desc(sourceRevisions.createdAt))
      .limit(limit),
  ]);
  const ids = [...er.map((x) => x.r.id), ...cr.map((x) => x.r.id), ...sr.map((x) => x.r.id)];
  const comments = ids.length
    ? await ctx.db
        .select({ e: reviewEvents, by: users.name })
        .from(reviewEvents)
        .innerJoin(users, eq(users.id, reviewEvents.actorId))
        .where(
          and(
            or(inArray(reviewEvents.entityRevisionId, ids), inArray(reviewEvents.claimRevisionId, ids), inArray(reviewEvents.sourceRevisionId, ids)),
            sql`${reviewEvents.comment} is not null`,
          ),
        )
        .orderBy(desc(reviewEvents.id))
    : [];
  const commentFor = new Map<string, WorkItem["lastComment"]>();
  for (const { e, by } of comments) {
    const key = (e.entityRevisionId ?? e.claimRevisionId ?? e.sourceRevisionId)!;
    if (!commentFor.has(key)) commentFor.set(key, { text: e.comment!, by, at: e.createdAt.toISOString() });
  }
  const refs = await entityRefs(ctx.db, [...er.map((x) => x.r.entityId), ...cr.map((x) => x.entityId)], "latest");
  const items: WorkItem[] = [
    ...er.map(({ r, latest }) => ({
      id: r.id, type: "entity" as const, number: r.number, status: r.status as WorkItem["status"], summary: r.summary,
      createdAt: r.createdAt.toISOString(), entity: refs.get(r.entityId) ?? null, source: null, claimId: null, statement: null,
      superseded: latest !== r.id, lastComment: commentFor.get(r.id) ?? null,
    })),
    ...cr.map(({ r, entityId, latest }) => ({
      id: r.id, type: "claim" as const, number: r.number, status: r.status as WorkItem["status"], summary: r.summary,
      createdAt: r.createdAt.toISOString(), entity: refs.get(entityId) ?? null, source: null, claimId: r.claimId, statement: r.statement,
      superseded: latest !== r.id, lastComment: commentFor.get(r.id) ?? null,
    })),
    ...sr.map(({ r, source, latest }) => ({
      id: r.id, type: "source" as const, number: r.number, status: r.status as WorkItem["status"], summary: r.summary,
      createdAt: r.createdAt.toISOString(), entity: null, source, claimId: null, statement: null,
      superseded: latest !== r.id, lastComment: commentFor.get(r.id) ?? null,
    })),
  ];
  return items.filter((i) => !i.superseded).sort((a, b) => b.createdAt.localeCompare(a.createdAt)).slice(0, limit);
}
