import type { Db } from "@/db/client";
import type { Role } from "@/db/schema";
import { Unauthorized } from "./errors";

export type { Role };

/** Who is acting: a signed-in user with a role, or null for a public reader. */
export type Actor = { id: string; role: Role };

/** What every domain operation takes: the database handle (or a transaction) and the actor. */
export type Ctx = { db: Db; actor: Actor | null };

export function requireActor(ctx: Ctx): Actor {
  if (!ctx.actor) throw new Unauthorized();
  return ctx.actor;
}
