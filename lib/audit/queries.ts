import { and, desc, eq, like, lt, not, or, type SQL } from "drizzle-orm";
import { z } from "zod";
import { auditLog, users } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { entityRefs, type EntityRef } from "@/lib/entities/titles";
import { parseInput } from "@/lib/parse";
import { authorize, requireMember } from "@/lib/policies";

export const auditQueryInput = z.object({
  /** Rows about this subject (entity, revision, claim, source, user or token id), or about this entity and everything in it. */
  subjectId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  /** Rows older than this id, for paging. */
  before: z.coerce.number().int().positive().optional(),
});

export type AuditRowView = {
  id: number; action: string; subjectType: string; subjectId: string; actorId: string | null; actorName: string | null;
  entity: EntityRef | null; details: Record<string, unknown>; createdAt: string;
};

async function readAudit(ctx: Ctx, where: SQL | undefined, limit: number): Promise<AuditRowView[]> {
  const rows = await ctx.db
    .select({ a: auditLog, actorName: users.name })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(where)
    .orderBy(desc(auditLog.id))
    .limit(limit);
  const refs = await entityRefs(ctx.db, rows.flatMap((r) => (r.a.entityId ? [r.a.entityId] : [])), "latest");
  return rows.map(({ a, actorName }) => ({
    id: a.id, action: a.action, subjectType: a.subjectType, subjectId: a.subjectId, actorId: a.actorId, actorName,
    entity: a.entityId ? (refs.get(a.entityId) ?? null) : null, details: a.details, createdAt: a.createdAt.toISOString(),
  }));
}

/** The audit log, newest first (reviewers and admins). */
export async function listAudit(ctx: Ctx, raw: unknown): Promise<AuditRowView[]> {
  authorize(ctx.actor, "read:audit");
  const q = parseInput(auditQueryInput, raw);
  return readAudit(
    ctx,
    and(
      q.subjectId ? or(eq(auditLog.subjectId, q.subjectId), eq(auditLog.entityId, q.subjectId)) : undefined,
      q.before ? lt(auditLog.id, q.before) : undefined,
    ),
    q.limit,
  );
}

/**
 * Recent changes and review events for members: the audit log without account
 * matters (sign-ins, users, tokens), overall or for one entity.
 */
export async function recentActivity(ctx: Ctx, opts: { entityId?: string; limit?: number } = {}): Promise<AuditRowView[]> {
  requireMember(ctx.actor);
  return readAudit(
    ctx,
    and(
      not(like(auditLog.action, "user.%")),
      not(like(auditLog.action, "api_token.%")),
      opts.entityId ? eq(auditLog.entityId, opts.entityId) : undefined,
    ),
    Math.min(opts.limit ?? 50, 200),
  );
}
