import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { claims, entities, sources } from "@/db/schema";
import type { SourceDetails } from "@/lib/sources/source-details";

/**
 * The only writes of the published pointers: what the public may read changes here and
 * nowhere else. Called by the workflow's transition (through the revision kinds) inside
 * its transaction; the database backs them up (a published pointer must name an approved
 * revision of the same subject).
 */
export async function publishEntityRevision(tx: Db, entityId: string, revisionId: string, at: Date): Promise<void> {
  await tx.update(entities).set({ publishedRevisionId: revisionId, publishedAt: at }).where(eq(entities.id, entityId));
}

export async function publishClaimRevision(tx: Db, claimId: string, revisionId: string, at: Date): Promise<void> {
  await tx.update(claims).set({ publishedRevisionId: revisionId, publishedAt: at }).where(eq(claims.id, claimId));
}

/** A retracted claim leaves the public edition; its revisions stay in history. */
export async function unpublishClaim(tx: Db, claimId: string): Promise<void> {
  await tx.update(claims).set({ publishedRevisionId: null }).where(eq(claims.id, claimId));
}

/** A source's row holds its public details: publishing a revision copies the revision's details onto it. */
export async function publishSourceRevision(tx: Db, sourceId: string, revisionId: string, details: SourceDetails): Promise<void> {
  await tx.update(sources).set({ ...details, publishedRevisionId: revisionId }).where(eq(sources.id, sourceId));
}

/** The claim's published revision (null when it has none), or undefined when there is no such claim. */
export async function publishedClaimRevisionId(db: Db, claimId: string): Promise<string | null | undefined> {
  const [claim] = await db.select({ id: claims.publishedRevisionId }).from(claims).where(eq(claims.id, claimId));
  return claim?.id;
}
