import { and, desc, eq } from "drizzle-orm";
import { claimRevisions, claims, users } from "@/db/schema";
import { citationsFor } from "@/lib/claims/queries";
import { createClaimRevision } from "@/lib/claims/create-claim-revision";
import type { Ctx } from "@/lib/context";
import { requireMember } from "@/lib/policies";
import { entityRefs, type EntityRef } from "@/lib/entities/titles";
import { NotFound } from "@/lib/errors";
import { diffFlat, type Change } from "@/lib/review/diff";
import { flattenClaim } from "@/lib/review/flatten-claim";
import { presentRevision, type RevisionView } from "@/lib/review/present-revision";
import { parseId } from "@/lib/ids";


/** A claim's revisions, newest first, with the statement each gave it (members only). */
export async function listClaimRevisions(ctx: Ctx, claimId: string): Promise<{ subject: EntityRef; revisions: Array<RevisionView & { authorName: string; statement: string }> }> {
  requireMember(ctx.actor);
  parseId(claimId, "Claim");
  const [claim] = await ctx.db.select().from(claims).where(eq(claims.id, claimId));
  if (!claim) throw new NotFound("Claim");
  const rows = await ctx.db
    .select({ r: claimRevisions, authorName: users.name })
    .from(claimRevisions)
    .innerJoin(users, eq(users.id, claimRevisions.authorId))
    .where(eq(claimRevisions.claimId, claimId))
    .orderBy(desc(claimRevisions.number));
  const subject = (await entityRefs(ctx.db, [claim.subjectEntityId], "latest")).get(claim.subjectEntityId)!;
  return { subject, revisions: rows.map(({ r, authorName }) => ({ ...presentRevision(r), authorName, statement: r.statement })) };
}

async function loadRevision(ctx: Ctx, claimId: string, id: string) {
  parseId(id, "Revision");
  const [r] = await ctx.db.select().from(claimRevisions).where(and(eq(claimRevisions.id, id), eq(claimRevisions.claimId, claimId)));
  if (!r) throw new NotFound("Revision");
  return r;
}

/** What changed between two revisions of one claim, citations included. */
export async function compareClaimRevisions(ctx: Ctx, claimId: string, fromId: string, toId: string): Promise<Change[]> {
  requireMember(ctx.actor);
  const [from, to] = await Promise.all([loadRevision(ctx, claimId, fromId), loadRevision(ctx, claimId, toId)]);
  const cites = await citationsFor(ctx.db, [from.id, to.id]);
  const [a, b] = await Promise.all([flattenClaim(ctx.db, from, cites.get(from.id) ?? []), flattenClaim(ctx.db, to, cites.get(to.id) ?? [])]);
  return diffFlat(a, b);
}

/** Saves an old revision's content, citations included, as a new draft on top of the latest. */
export async function restoreClaimRevision(ctx: Ctx, claimId: string, revisionId: string): Promise<RevisionView> {
  requireMember(ctx.actor);
  const old = await loadRevision(ctx, claimId, revisionId);
  const [claim] = await ctx.db.select({ latest: claims.latestRevisionId }).from(claims).where(eq(claims.id, claimId));
  const cites = (await citationsFor(ctx.db, [old.id])).get(old.id) ?? [];
  const objectSlug = old.objectEntityId ? (await entityRefs(ctx.db, [old.objectEntityId], "latest")).get(old.objectEntityId)?.slug : undefined;
  return createClaimRevision(ctx, claimId, {
    baseRevisionId: claim!.latest,
    statement: old.statement,
    predicate: old.predicate ?? undefined,
    objectSlug,
    period: old.period ?? undefined,
    value: old.value ?? undefined,
    confidence: old.confidence,
    citations: cites.map((c) => ({ sourceId: c.source.id, quote: c.quote ?? undefined, locator: c.locator ?? undefined })),
    summary: `Restored revision ${old.number}`,
  });
}
