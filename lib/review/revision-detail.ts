import { asc, eq } from "drizzle-orm";
import { reviewEvents, users } from "@/db/schema";
import { type CitationView } from "@/lib/claims/queries";
import type { Ctx } from "@/lib/context";
import { entityRefs, type EntityRef } from "@/lib/entities/titles";
import { NotFound } from "@/lib/errors";
import { parseId } from "@/lib/ids";
import { requireMember } from "@/lib/policies";
import { REVISION_KINDS, REVISION_TYPES, type RevisionDetailPart, type RevisionType } from "@/lib/revisions/kinds";
import { allowedActions, type AllowedActions } from "./allowed";
import { diffFlat, type Change } from "./diff";
import { presentRevision, type RevisionView } from "./present-revision";

export type ReviewEventView = {
  id: number; action: string; fromStatus: string; toStatus: string; actorId: string; actorName: string; comment: string | null; createdAt: string;
};

export type SourceRef = { id: string; title: string; url: string };

export type RevisionDetail = {
  type: RevisionType;
  revision: RevisionView & { authorName: string };
  /** The page, or the claim's page; null for source revisions. */
  entity: EntityRef | null;
  /** The source, for source revisions. */
  source: SourceRef | null;
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

/** The revision of whichever kind has this id, with what its kind shows of it. */
async function findDetail(ctx: Ctx, id: string): Promise<{ type: RevisionType; part: RevisionDetailPart } | null> {
  for (const type of REVISION_TYPES) {
    const part = await REVISION_KINDS[type].detail(ctx.db, id);
    if (part) return { type, part };
  }
  return null;
}

/** A revision with its diff against the published version, citations and review history (members only). */
export async function getRevisionDetail(ctx: Ctx, id: string): Promise<RevisionDetail> {
  const actor = requireMember(ctx.actor);
  parseId(id, "Revision");
  const found = await findDetail(ctx, id);
  if (!found) throw new NotFound("Revision");
  const { type, part } = found;
  const { rev, entityId, isLatest } = part;
  const [author] = await ctx.db.select({ name: users.name }).from(users).where(eq(users.id, rev.authorId));
  const refs = entityId ? await entityRefs(ctx.db, [entityId], "latest") : new Map<string, EntityRef>();
  const events = await ctx.db
    .select({ e: reviewEvents, actorName: users.name })
    .from(reviewEvents)
    .innerJoin(users, eq(users.id, reviewEvents.actorId))
    .where(eq(reviewEvents[REVISION_KINDS[type].eventColumn], id))
    .orderBy(asc(reviewEvents.createdAt), asc(reviewEvents.id));
  return {
    type,
    revision: { ...presentRevision(rev), authorName: author?.name ?? "" },
    entity: entityId ? refs.get(entityId)! : null,
    source: part.source,
    claimId: part.claimId,
    comparedTo: part.comparedTo,
    changes: diffFlat(part.before, part.flat),
    citations: part.citations,
    events: events.map(({ e, actorName }) => ({
      id: e.id, action: e.action, fromStatus: e.fromStatus, toStatus: e.toStatus, actorId: e.actorId, actorName,
      comment: e.comment, createdAt: e.createdAt.toISOString(),
    })),
    allowed: allowedActions(actor, { type, status: rev.status, authorId: rev.authorId, authorIds: part.authorIds, isLatest, isPublished: part.isPublished }),
    isLatest,
  };
}
