import { and, desc, eq, inArray, isNotNull } from "drizzle-orm";
import { claimRevisions, entityRevisions, reviewEvents } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { requireMember } from "@/lib/policies";
import { allowedActions, type AllowedActions } from "@/lib/review/allowed";
import type { ClaimView } from "@/lib/claims/queries";
import { isPublishedRevision } from "@/lib/visibility";
import { getEntity, type EntityView } from "./queries";

export type WorkspaceEntity = {
  entity: EntityView;
  allowed: AllowedActions;
  claims: Array<ClaimView & { allowed: AllowedActions; lastComment: string | null }>;
};

/** An entity's latest state for the workspace, with what the actor may do to it and to each claim. */
export async function workspaceEntity(ctx: Ctx, slug: string): Promise<WorkspaceEntity> {
  const actor = requireMember(ctx.actor);
  const entity = await getEntity(ctx, slug, "latest");
  const claimRevisionIds = entity.claims.map((c) => c.revision.id);
  const [[entityRevision], authors, comments] = await Promise.all([
    ctx.db.select({ authorId: entityRevisions.authorId }).from(entityRevisions).where(eq(entityRevisions.id, entity.revision.id)),
    claimRevisionIds.length
      ? ctx.db.select({ id: claimRevisions.id, authorId: claimRevisions.authorId }).from(claimRevisions).where(inArray(claimRevisions.id, claimRevisionIds))
      : [],
    claimRevisionIds.length
      ? ctx.db
          .select({ id: reviewEvents.claimRevisionId, comment: reviewEvents.comment })
          .from(reviewEvents)
          .where(and(inArray(reviewEvents.claimRevisionId, claimRevisionIds), isNotNull(reviewEvents.comment)))
          .orderBy(desc(reviewEvents.id))
      : [],
  ]);
  const authorOf = new Map(authors.map((a) => [a.id, a.authorId]));
  const commentOf = new Map<string, string>();
  for (const c of comments) if (c.id && c.comment && !commentOf.has(c.id)) commentOf.set(c.id, c.comment);
  return {
    entity,
    allowed: allowedActions(actor, {
      type: "entity", status: entity.revision.status, authorId: entityRevision!.authorId, isLatest: true,
      isPublished: isPublishedRevision(entity, entity.revision.id),
    }),
    claims: entity.claims.map((c) => ({
      ...c,
      allowed: allowedActions(actor, {
        type: "claim", status: c.revision.status, authorId: authorOf.get(c.revision.id) ?? "", isLatest: true,
        isPublished: isPublishedRevision(c, c.revision.id),
      }),
      lastComment: c.revision.status === "changes_requested" || c.revision.status === "rejected" ? (commentOf.get(c.revision.id) ?? null) : null,
    })),
  };
}
