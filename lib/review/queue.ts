import type { Ctx } from "@/lib/context";
import type { EntityKind } from "@/lib/entities/fields";
import { can, requireMember } from "@/lib/policies";
import { REVISION_KINDS, REVISION_TYPES, type RevisionType } from "@/lib/revisions/kinds";

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

/** Pending revisions of every kind, oldest submission first (members only). */
export async function reviewQueue(ctx: Ctx, limit = 200): Promise<QueueItem[]> {
  const actor = requireMember(ctx.actor);
  const perKind = await Promise.all(
    REVISION_TYPES.map(async (type) => (await REVISION_KINDS[type].queue(ctx.db, limit)).map((entry) => ({ type, ...entry }))),
  );
  const items: QueueItem[] = perKind.flat().map(({ type, revision: r, authorIds, authorName, submittedAt, entity, source, statement }) => ({
    id: r.id, type, number: r.number, status: "pending", authorId: r.authorId, authorName, summary: r.summary,
    submittedAt: new Date(submittedAt ?? r.createdAt).toISOString(),
    entity, source, statement,
    canReview: can(actor, "approve", { authorId: r.authorId, authorIds }),
  }));
  return items.sort((a, b) => a.submittedAt.localeCompare(b.submittedAt)).slice(0, limit);
}
