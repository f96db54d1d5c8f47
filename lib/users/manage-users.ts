import { eq } from "drizzle-orm";
import { users, type User } from "@/db/schema";
import { writeAudit } from "@/lib/audit/write-audit";
import { hashPassword } from "@/lib/auth/password";
import { createApiToken } from "@/lib/auth/tokens";
import type { Db } from "@/db/client";
import type { Actor, SystemActor } from "@/lib/context";
import { pgErrorCode, UNIQUE_VIOLATION } from "@/lib/db-errors";
import { Conflict, NotFound } from "@/lib/errors";
import { parseInput } from "@/lib/parse";
import { authorize } from "@/lib/policies";
import { createUserInput, setRoleInput, tokenLimitsInput } from "./schema";

/**
 * User management: by an admin, or by the admin CLI as the system actor (SYSTEM_ACTOR).
 */
export type AdminCtx = { db: Db; actor: Actor | SystemActor | null };

/** The id audit rows name as the actor: the admin's, or null for the system actor. */
function assertAdmin(ctx: AdminCtx): { id: string | null } {
  return authorize(ctx.actor, "manage:users");
}

export async function createUser(ctx: AdminCtx, raw: unknown): Promise<User> {
  const actor = assertAdmin(ctx);
  const input = parseInput(createUserInput, raw);
  try {
    return await ctx.db.transaction(async (tx) => {
      const [user] = await tx
        .insert(users)
        .values({ email: input.email, name: input.name, role: input.role, passwordHash: await hashPassword(input.password) })
        .returning();
      await writeAudit(tx, { actorId: actor.id, action: "user.create", subjectType: "user", subjectId: user!.id, details: { email: input.email, role: input.role } });
      return user!;
    });
  } catch (err) {
    if (pgErrorCode(err) === UNIQUE_VIOLATION) throw new Conflict(`A user with the email ${input.email} exists already.`);
    throw err;
  }
}

export async function setUserRole(ctx: AdminCtx, raw: unknown): Promise<User> {
  const actor = assertAdmin(ctx);
  const input = parseInput(setRoleInput, raw);
  return ctx.db.transaction(async (tx) => {
    const [before] = await tx.select().from(users).where(eq(users.email, input.email)).for("update");
    if (!before) throw new NotFound(`User ${input.email}`);
    const [user] = await tx.update(users).set({ role: input.role }).where(eq(users.id, before.id)).returning();
    await writeAudit(tx, { actorId: actor.id, action: "user.set_role", subjectType: "user", subjectId: before.id, details: { from: before.role, to: input.role } });
    return user!;
  });
}

export async function createTokenForEmail(ctx: AdminCtx, email: string, name?: string, rawLimits: unknown = {}) {
  const actor = assertAdmin(ctx);
  const limits = parseInput(tokenLimitsInput, rawLimits);
  const [user] = await ctx.db.select().from(users).where(eq(users.email, email.trim().toLowerCase()));
  if (!user) throw new NotFound(`User ${email}`);
  return ctx.db.transaction((tx) => createApiToken(tx, user.id, name, actor.id, { scopes: limits.scopes, expiresAt: limits.expires }));
}
