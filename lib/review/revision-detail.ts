import { and, asc, eq, or } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditLog, claimRevisions, claims, entities, entityRevisions, reviewEvents, sourceRevisions, sources, users } from "@/db/schema";
import { citationsFor, type CitationView } from "@/lib/claims/queries";
import type { Ctx } from "@/lib/context";
import { authorize } from "@/lib/policies";
import { entityRefs, type EntityRef } from "@/lib/entities/titles";
import { NotFound } from "@/lib/errors";
import { sourceDetails, type SourceDetails } from "@/lib/sources/source-details";
import { allowedActions, type AllowedActions } from "./allowed";
import { coAuthorsOf } from "./authors";
import { diffFlat, type Change, type Flat } from "./diff";
import type { RevisionType } from "./find-revision";
import { flattenEntity } from "./flatten";
import { flattenClaim } from "./flatten-claim";
import { flattenSource } from "./flatten-source";
import { presentRevision, type RevisionView } from "./present-revision";
import { parseId } from "@/lib/ids";

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

/** What each kind of revision contributes to its detail view. */
type Loaded = {
  type: RevisionType;
  rev: RevisionRow;
  entityId: string | null;
  source: SourceRef | null;
  claimId: string | null;
  isLatest: boolean;
  publishedId: string | null;
  flat: Flat;
  before: Flat | null;
  comparedTo: RevisionView | null;
  citations: CitationView[];
};
type RevisionRow = Parameters<typeof presentRevision>[0];

/** A revision with its diff against the published version, citations and review history (members only). */
export async function getRevisionDetail(ctx: Ctx, id: string): Promise<RevisionDetail> {
  const actor = authorize(ctx.actor, "read:workspace");
  parseId(id, "Revision");
  const loaded = (await loadEntityRevision(ctx.db, id)) ?? (await loadClaimRevision(ctx.db, id)) ?? (await loadSourceRevision(ctx.db, id));
  if (!loaded) throw new NotFound("Revision");
  const { rev, type, entityId, isLatest, publishedId } = loaded;
  const [author] = await ctx.db.select({ name: users.name }).from(users).where(eq(users.id, rev.authorId));
  const refs = entityId ? await entityRefs(ctx.db, [entityId], "latest") : new Map<string, EntityRef>();
  const events = await ctx.db
    .select({ e: reviewEvents, actorName: users.name })
    .from(reviewEvents)
    .innerJoin(users, eq(users.id, reviewEvents.actorId))
    .where(or(eq(reviewEvents.entityRevisionId, id), eq(reviewEvents.claimRevisionId, id), eq(reviewEvents.sourceRevisionId, id)))
    .orderBy(asc(reviewEvents.createdAt), asc(reviewEvents.id));
  return {
    type,
    revision: { ...presentRevision(rev), authorName: author?.name ?? "" },
    entity: entityId ? refs.get(entityId)! : null,
    source: loaded.source,
    claimId: loaded.claimId,
    comparedTo: loaded.comparedTo,
    changes: diffFlat(loaded.before, loaded.flat),
    citations: loaded.citations,
    events: events.map(({ e, actorName }) => ({
      id: e.id, action: e.action, fromStatus: e.fromStatus, toStatus: e.toStatus, actorId: e.actorId, actorName,
      comment: e.comment, createdAt: e.createdAt.toISOString(),
    })),
    allowed: allowedActions(actor, { type, status: rev.status, authorId: rev.authorId, authorIds: await coAuthorsOf(ctx.db, rev.id), isLatest, isPublished: publishedId === rev.id }),
    isLatest,
  };
}

async function loadEntityRevision(db: Db, id: string): Promise<Loaded | null> {
  const [er] = await db.select().from(entityRevisions).where(eq(entityRevisions.id, id));
  if (!er) return null;
  const [entity] = await db.select().from(entities).where(eq(entities.id, er.entityId));
  const publishedId = entity!.publishedRevisionId;
  let before: Flat | null = null, comparedTo: RevisionView | null = null;
  if (publishedId && publishedId !== er.id) {
    const [pub] = await db.select().from(entityRevisions).where(eq(entityRevisions.id, publishedId));
    before = flattenEntity(pub!);
    comparedTo = presentRevision(pub!);
  }
  return {
    type: "entity", rev: er, entityId: entity!.id, source: null, claimId: null, isLatest: entity!.latestRevisionId === er.id,
    publishedId, flat: flattenEntity(er), before, comparedTo, citations: [],
  };
}

async function loadClaimRevision(db: Db, id: string): Promise<Loaded | null> {
  const [cr] = await db.select().from(claimRevisions).where(eq(claimRevisions.id, id));
  if (!cr) return null;
  const [claim] = await db.select().from(claims).where(eq(claims.id, cr.claimId));
  const publishedId = claim!.publishedRevisionId;
  const comparing = publishedId && publishedId !== cr.id ? publishedId : null;
  const cites = await citationsFor(db, comparing ? [cr.id, comparing] : [cr.id]);
  const citations = cites.get(cr.id) ?? [];
  let before: Flat | null = null, comparedTo: RevisionView | null = null;
  if (comparing) {
    const [pub] = await db.select().from(claimRevisions).where(eq(claimRevisions.id, comparing));
    before = await flattenClaim(db, pub!, cites.get(comparing) ?? []);
    comparedTo = presentRevision(pub!);
  }
  return {
    type: "claim", rev: cr, entityId: claim!.subjectEntityId, source: null, claimId: claim!.id,
    isLatest: claim!.latestRevisionId === cr.id, publishedId, flat: await flattenClaim(db, cr, citations), before, comparedTo, citations,
  };
}

/**
 * A source revision is compared with the details readers see now (the source's row);
 * once approved, with the details its approval replaced (kept in the audit row).
 */
async function loadSourceRevision(db: Db, id: string): Promise<Loaded | null> {
  const [sr] = await db.select().from(sourceRevisions).where(eq(sourceRevisions.id, id));
  if (!sr) return null;
  const [source] = await db.select().from(sources).where(eq(sources.id, sr.sourceId));
  const publishedId = source!.publishedRevisionId;
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
    type: "source", rev: sr, entityId: null, source: { id: source!.id, title: source!.title, url: source!.url }, claimId: null,
    isLatest: source!.latestRevisionId === sr.id, publishedId, flat: flattenSource(sourceDetails(sr)), before, comparedTo: null, citations: [],
  };
}
