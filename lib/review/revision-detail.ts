import { asc, eq, or } from "drizzle-orm";
import { claimRevisions, claims, entities, entityRevisions, reviewEvents, users } from "@/db/schema";
import { citationsFor, type CitationView } from "@/lib/claims/queries";
import { requireActor, type Ctx } from "@/lib/context";
import { entityRefs, type EntityRef } from "@/lib/entities/titles";
import { NotFound } from "@/lib/errors";
import { allowedActions, type AllowedActions } from "./allowed";
import { diffFlat, type Change, type Flat } from "./diff";
import { flattenEntity } from "./flatten";
import { flattenClaim } from "./flatten-claim";
import { presentRevision, type RevisionView } from "./present-revision";

export type ReviewEventView = {
  id: number; action: string; fromStatus: string; toStatus: string; actorId: string; actorName: string; comment: string | null; createdAt: string;
};

export type RevisionDetail = {
  type: "entity" | "claim";
  revision: RevisionView & { authorName: string };
  entity: EntityRef;
  claimId: string | null;
  /** What the diff compares against: the published revision, or nothing for a first publication. */
  comparedTo: RevisionView | null;
  changes: Change[];
  citations: CitationView[];
  events: ReviewEventView[];
  /** What the actor may do to it now; the server checks again on every action. */
  allowed: AllowedActions;
  isLatest: boolean;
};

/** A revision with its diff against the published version, citations and review history (members only). */
export async function getRevisionDetail(ctx: Ctx, id: string): Promise<RevisionDetail> {
  const actor = requireActor(ctx);
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw new NotFound("Revision");
  const [er] = await ctx.db.select().from(entityRevisions).where(eq(entityRevisions.id, id));
  const [cr] = er ? [] : await ctx.db.select().from(claimRevisions).where(eq(claimRevisions.id, id));
  if (!er && !cr) throw new NotFound("Revision");

  let entityId: string, claimId: string | null = null, flat: Flat, before: Flat | null = null, comparedTo: RevisionView | null = null;
  let citations: CitationView[] = [];
  let isLatest: boolean, publishedId: string | null;
  if (er) {
    const [entity] = await ctx.db.select().from(entities).where(eq(entities.id, er.entityId));
    entityId = entity!.id;
    isLatest = entity!.latestRevisionId === er.id;
    publishedId = entity!.publishedRevisionId;
    flat = flattenEntity(er);
    if (publishedId && publishedId !== er.id) {
      const [pub] = await ctx.db.select().from(entityRevisions).where(eq(entityRevisions.id, publishedId));
      before = flattenEntity(pub!);
      comparedTo = presentRevision(pub!);
    }
  } else {
    const [claim] = await ctx.db.select().from(claims).where(eq(claims.id, cr!.claimId));
    entityId = claim!.subjectEntityId;
    claimId = claim!.id;
    isLatest = claim!.latestRevisionId === cr!.id;
    publishedId = claim!.publishedRevisionId;
    const ids = [cr!.id, ...(publishedId && publishedId !== cr!.id ? [publishedId] : [])];
    const cites = await citationsFor(ctx.db, ids);
    citations = cites.get(cr!.id) ?? [];
    flat = await flattenClaim(ctx.db, cr!, citations);
    if (publishedId && publishedId !== cr!.id) {
      const [pub] = await ctx.db.select().from(claimRevisions).where(eq(claimRevisions.id, publishedId));
      before = await flattenClaim(ctx.db, pub!, cites.get(publishedId) ?? []);
      comparedTo = presentRevision(pub!);
    }
  }
  const rev = (er ?? cr)!;
  const [author] = await ctx.db.select({ name: users.name }).from(users).where(eq(users.id, rev.authorId));
  const refs = await entityRefs(ctx.db, [entityId], "latest");
  const events = await ctx.db
    .select({ e: reviewEvents, actorName: users.name })
    .from(reviewEvents)
    .innerJoin(users, eq(users.id, reviewEvents.actorId))
    .where(or(eq(reviewEvents.entityRevisionId, id), eq(reviewEvents.claimRevisionId, id)))
    .orderBy(asc(reviewEvents.createdAt), asc(reviewEvents.id));
  return {
    type: er ? "entity" : "claim",
    revision: { ...presentRevision(rev), authorName: author?.name ?? "" },
    entity: refs.get(entityId)!,
    claimId,
    comparedTo,
    changes: diffFlat(before, flat),
    citations,
    events: events.map(({ e, actorName }) => ({
      id: e.id, action: e.action, fromStatus: e.fromStatus, toStatus: e.toStatus, actorId: e.actorId, actorName,
      comment: e.comment, createdAt: e.createdAt.toISOString(),
    })),
    allowed: allowedActions(actor, { type: er ? "entity" : "claim", status: rev.status, authorId: rev.authorId, isLatest, isPublished: publishedId === rev.id }),
    isLatest,
  };
}
