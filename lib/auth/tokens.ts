import { createHash, randomBytes } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { apiTokens, users } from "@/db/schema";
import { writeAudit } from "@/lib/audit/write-audit";
import type { Actor, Scope } from "@/lib/context";
import { NotFound, Unauthorized } from "@/lib/errors";
import { isId } from "@/lib/ids";

/** Personal API tokens: shown once, stored as SHA-256, revocable. */
const PREFIX = "nw_";

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** What a new token may do, and until when: no scopes means all its owner's role allows; no expiry, until revoked. */
export type TokenLimits = { scopes?: readonly Scope[]; expiresAt?: Date };

export async function createApiToken(db: Db, userId: string, name = "API token", actorId: string | null = userId, limits: TokenLimits = {}) {
  const token = PREFIX + randomBytes(32).toString("base64url");
  const scopes = limits.scopes ? [...new Set(limits.scopes)] : null;
  const [row] = await db
    .insert(apiTokens)
    .values({ userId, name, tokenHash: hashToken(token), prefix: token.slice(0, PREFIX.length + 6), scopes, expiresAt: limits.expiresAt ?? null })
    .returning();
  await writeAudit(db, {
    actorId, action: "api_token.create", subjectType: "api_token", subjectId: row!.id,
    details: { userId, name, scopes, expiresAt: limits.expiresAt?.toISOString() ?? null },
  });
  return { token, id: row!.id, prefix: row!.prefix, scopes, expiresAt: row!.expiresAt };
}

export async function revokeApiToken(db: Db, tokenId: string, actorId: string) {
  const [row] = await db.update(apiTokens).set({ revokedAt: new Date() }).where(and(eq(apiTokens.id, tokenId), isNull(apiTokens.revokedAt))).returning();
  if (!row) throw new NotFound("Token");
  await writeAudit(db, { actorId, action: "api_token.revoke", subjectType: "api_token", subjectId: row.id, details: { userId: row.userId } });
}

/**
 * The actor a bearer token stands for, with the role read fresh and the token's scopes; 401 for an
 * unknown, revoked, expired or disabled one. A token never carries more than its owner's role now.
 */
export async function actorForToken(db: Db, token: string): Promise<Actor> {
  if (!token.startsWith(PREFIX) || token.length > 200) throw new Unauthorized("Invalid API token.");
  const [row] = await db
    .select({
      id: users.id, role: users.role, disabledAt: users.disabledAt,
      tokenId: apiTokens.id, revokedAt: apiTokens.revokedAt, scopes: apiTokens.scopes, expiresAt: apiTokens.expiresAt,
    })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(eq(apiTokens.tokenHash, hashToken(token)));
  if (!row || row.revokedAt || row.disabledAt) throw new Unauthorized("Invalid or revoked API token.");
  if (row.expiresAt && row.expiresAt <= new Date()) throw new Unauthorized("This API token has expired.");
  await db.update(apiTokens).set({ lastUsedAt: new Date() }).where(eq(apiTokens.id, row.tokenId));
  return row.scopes ? { id: row.id, role: row.role, scopes: row.scopes as Scope[] } : { id: row.id, role: row.role };
}

/** The actor for a signed-in user id, role read from the database on every request (a demotion counts at once). */
export async function actorForUserId(db: Db, userId: string): Promise<Actor | null> {
  if (!isId(userId)) return null;
  const [user] = await db.select({ id: users.id, role: users.role, disabledAt: users.disabledAt }).from(users).where(eq(users.id, userId));
  return user && !user.disabledAt ? { id: user.id, role: user.role } : null;
}
