import { and, eq, gt, isNull, or, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { entities, entityDraftContributors, entityDrafts, entityRevisions } from "@/db/schema";
import type { EntityContent } from "@/lib/review/flatten";
import { stateFromContent } from "./doc-content";

/**
 * Persistence of shared drafts: the Yjs state of each page's document and who contributed to it.
 * Used by the co-editing server (load on open, debounced store) and by the draft API.
 */

export type StoredDraft = { state: Uint8Array; baseRevisionId: string | null; updatedAt: Date };

export async function loadDraft(db: Db, entityId: string): Promise<StoredDraft | null> {
  const [row] = await db
    .select({ state: entityDrafts.state, baseRevisionId: entityDrafts.baseRevisionId, updatedAt: entityDrafts.updatedAt })
    .from(entityDrafts)
    .where(eq(entityDrafts.entityId, entityId));
  return row ?? null;
}

/** The content of an entity's latest revision, where a page without a shared draft starts. */
export async function latestContent(db: Db, entityId: string): Promise<{ revisionId: string; content: EntityContent } | null> {
  const [row] = await db
    .select({ id: entityRevisions.id, title: entityRevisions.title, aliases: entityRevisions.aliases, fields: entityRevisions.fields, body: entityRevisions.body })
    .from(entities)
    .innerJoin(entityRevisions, eq(entityRevisions.id, entities.latestRevisionId))
    .where(eq(entities.id, entityId));
  if (!row) return null;
  return { revisionId: row.id, content: { title: row.title, aliases: row.aliases, fields: row.fields, body: row.body } };
}

/**
 * The stored state of a page's shared draft, creating it from the latest revision when the page
 * has none yet. Null when there is no such entity.
 */
export async function openDraftState(db: Db, entityId: string): Promise<Uint8Array | null> {
  const stored = await loadDraft(db, entityId);
  if (stored) return stored.state;
  const latest = await latestContent(db, entityId);
  if (!latest) return null;
  const state = stateFromContent(latest.content);
  await db.insert(entityDrafts).values({ entityId, state, baseRevisionId: latest.revisionId }).onConflictDoNothing();
  return (await loadDraft(db, entityId))?.state ?? state;
}

/** Stores a draft's state and records who changed it since the last store, in one transaction. */
export async function storeDraft(db: Db, entityId: string, state: Uint8Array, contributorIds: Iterable<string>): Promise<void> {
  const ids = [...new Set(contributorIds)];
  await db.transaction(async (tx) => {
    const now = new Date();
    await tx
      .insert(entityDrafts)
      .values({ entityId, state, updatedAt: now })
      .onConflictDoUpdate({ target: entityDrafts.entityId, set: { state, updatedAt: now } });
    if (ids.length === 0) return;
    await tx
      .insert(entityDraftContributors)
      .values(ids.map((userId) => ({ entityId, userId, lastEditedAt: now })))
      .onConflictDoUpdate({ target: [entityDraftContributors.entityId, entityDraftContributors.userId], set: { lastEditedAt: now } });
  });
}

/** Everyone whose contribution to the draft is not yet published: the authors of its next snapshot. */
export async function unpublishedContributors(db: Db, entityId: string): Promise<string[]> {
  const rows = await db
    .select({ userId: entityDraftContributors.userId })
    .from(entityDraftContributors)
    .leftJoin(entityDrafts, eq(entityDrafts.entityId, entityDraftContributors.entityId))
    .where(and(
      eq(entityDraftContributors.entityId, entityId),
      or(isNull(entityDrafts.authorsSince), gt(entityDraftContributors.lastEditedAt, entityDrafts.authorsSince)),
    ));
  return rows.map((r) => r.userId);
}

/** After a snapshot: the draft now stands on that revision. */
export async function markSnapshotted(db: Db, entityId: string, revisionId: string): Promise<void> {
  await db.update(entityDrafts).set({ baseRevisionId: revisionId }).where(eq(entityDrafts.entityId, entityId));
}

/**
 * Called when a page revision is approved: if it is the draft's latest snapshot, what its
 * contributors wrote up to the snapshot is now published, and they stop being authors of the next one.
 */
export async function settleContributors(db: Db, revisionId: string): Promise<void> {
  await db
    .update(entityDrafts)
    .set({ authorsSince: sql`(select ${entityRevisions.createdAt} from ${entityRevisions} where ${entityRevisions.id} = ${revisionId})` })
    .where(eq(entityDrafts.baseRevisionId, revisionId));
}
