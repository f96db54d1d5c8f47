import type { Db } from "@/db/client";
import { searchEngine } from "./engine";

/**
 * Called by every write inside its transaction, after the change: the index update
 * commits or rolls back with it. With PostgreSQL the documents are rewritten there and
 * then; with Meilisearch an outbox row is written for the worker.
 */
export function indexEntity(tx: Db, entityId: string): Promise<void> {
  return searchEngine().indexChanges(tx, [{ type: "entity", id: entityId }]);
}

export function indexClaim(tx: Db, claimId: string): Promise<void> {
  return searchEngine().indexChanges(tx, [{ type: "claim", id: claimId }]);
}

export function indexSource(tx: Db, sourceId: string): Promise<void> {
  return searchEngine().indexChanges(tx, [{ type: "source", id: sourceId }]);
}
