import { auth } from "@/auth";
import type { Db } from "@/db/client";
import { actorForUserId } from "@/lib/auth/tokens";
import type { Actor } from "@/lib/context";

/** The actor of a page or server action (no Request object there): the session user, or null. */
export async function sessionActor(db: Db): Promise<Actor | null> {
  const session = await auth();
  return session?.user?.id ? actorForUserId(db, session.user.id) : null;
}
