import { and, desc, eq, inArray, or, sql } from "drizzle-orm";
import { reviewEvents, users } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { entityRefs, type EntityRef } from "@/lib/entities/titles";
import { requireMember } from "@/lib/policies";
import { REVISION_KINDS, REVISION_TYPES, type RevisionType } from "@/lib/revisions/kinds";

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

const eventColumns = REVISION_TYPES.map((type) => reviewEvents[REVISION_KINDS[type].eventColumn]);

/** A contributor's open work: drafts, pending, changes requested and rejected revisions, newest first. */
export async function myWork(ctx: Ctx, limit = 100): Promise<WorkItem[]> {
  const actor = requireMember(ctx.actor);
  const perKind = await Promise.all(
    REVISION_TYPES.map(async (type) => (await REVISION_KINDS[type].openWork(ctx.db, actor.id, OPEN, limit)).map((entry) => ({ type, ...entry }))),
  );
  const entries = perKind.flat();
  const ids = entries.map((e) => e.revision.id);
  const comments = ids.length
    ? await ctx.db
        .select({ e: reviewEvents, by: users.name })
        .from(reviewEvents)
        .innerJoin(users, eq(users.id, reviewEvents.actorId))
        .where(and(or(...eventColumns.map((column) => inArray(column, ids))), sql`${reviewEvents.comment} is not null`))
        .orderBy(desc(reviewEvents.id))
    : [];
  const commentFor = new Map<string, WorkItem["lastComment"]>();
  for (const { e, by } of comments) {
    const key = REVISION_TYPES.map((type) => e[REVISION_KINDS[type].eventColumn]).find((id) => id !== null)!;
    if (!commentFor.has(key)) commentFor.set(key, { text: e.comment!, by, at: e.createdAt.toISOString() });
  }
  const refs = await entityRefs(ctx.db, entries.flatMap((e) => (e.entityId ? [e.entityId] : [])), "latest");
  const items: WorkItem[] = entries.map(({ type, revision: r, entityId, source, claimId, statement, latestRevisionId }) => ({
    id: r.id, type, number: r.number, status: r.status as WorkItem["status"], summary: r.summary,
    createdAt: r.createdAt.toISOString(), entity: entityId ? (refs.get(entityId) ?? null) : null, source, claimId, statement,
    superseded: latestRevisionId !== r.id, lastComment: commentFor.get(r.id) ?? null,
  }));
  return items.filter((i) => !i.superseded).sort((a, b) => b.createdAt.localeCompare(a.createdAt)).slice(0, limit);
}
