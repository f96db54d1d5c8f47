import type { Db } from "@/db/client";
import { auditLog } from "@/db/schema";

export type AuditEntry = {
  actorId: string | null;
  /** Dotted verb, e.g. "entity.create", "claim_revision.approve". */
  action: string;
  subjectType: "entity" | "entity_revision" | "claim" | "claim_revision" | "source" | "source_revision" | "user" | "api_token";
  subjectId: string;
  entityId?: string | null;
  details?: Record<string, unknown>;
};

/** Appends one audit row; call it inside the transaction that makes the change. */
export async function writeAudit(db: Db, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    actorId: entry.actorId,
    action: entry.action,
    subjectType: entry.subjectType,
    subjectId: entry.subjectId,
    entityId: entry.entityId ?? null,
    details: entry.details ?? {},
  });
}
