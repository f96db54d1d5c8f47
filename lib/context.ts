import type { Db } from "@/db/client";
import type { Role } from "@/db/schema";

export type { Role };

/** What a personal API token may do; a session may do all its role allows. */
export const TOKEN_SCOPES = ["read", "write", "review", "admin"] as const;
export type Scope = (typeof TOKEN_SCOPES)[number];

/**
 * Who is acting: a signed-in user with a role, or null for a public reader. `scopes` narrows a
 * token's actor below its role (never above it: both must allow an action).
 */
export type Actor = { id: string; role: Role; scopes?: readonly Scope[] };

/**
 * The operator at the server's console (the admin CLI). Whoever can run it on the server
 * already holds the database, so it may manage users; it is no user, so audit rows it
 * writes name no one (actorId null). Policies give it nothing else.
 */
export type SystemActor = { readonly kind: "system"; readonly id: null };
export const SYSTEM_ACTOR: SystemActor = Object.freeze({ kind: "system", id: null });

export function isSystemActor(actor: Actor | SystemActor | null): actor is SystemActor {
  return actor !== null && "kind" in actor && actor.kind === "system";
}

/** What every domain operation takes: the database handle (or a transaction) and the actor. */
export type Ctx = { db: Db; actor: Actor | null };
