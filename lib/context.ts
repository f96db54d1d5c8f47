import type { Db } from "@/db/client";
import type { Role } from "@/db/schema";
import { Unauthorized } from "./errors";

export type { Role };

/** What a personal API token may do; a session may do all its role allows. */
export const TOKEN_SCOPES = ["read", "write", "review", "admin"] as const;
export type Scope = (typeof TOKEN_SCOPES)[number];

/**
 * Who is acting: a signed-in user with a role, or null for a public reader. `scopes` narrows a
 * token's actor below its role (never above it: both must allow an action).
 */
export type Actor = { id: string; role: Role; scopes?: readonly Scope[] };

/** What every domain operation takes: the database handle (or a transaction) and the actor. */
export type Ctx = { db: Db; actor: Actor | null };

export function requireActor(ctx: Ctx): Actor {
  if (!ctx.actor) throw new Unauthorized();
  return ctx.actor;
}
