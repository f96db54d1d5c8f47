import "server-only";
import type { IncomingHttpHeaders } from "node:http";
import { getToken } from "next-auth/jwt";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import { actorForToken, actorForUserId } from "@/lib/auth/tokens";
import { colorFor } from "@/lib/collab/colors";
import type { Actor } from "@/lib/context";

/** A connected person as the co-editing server knows them: role from the database, name for presence. */
export type CollabUser = Actor & { name: string; color: string };

const API_TOKEN = /^nw_/;

/**
 * Who opens a co-editing connection: the Hocuspocus token when it is a personal API token (scripts
 * and bots), else the session cookie sent with the WebSocket upgrade (the browser; its token
 * parameter carries no secret). Null for anyone else, and the connection is refused.
 */
export async function identify(db: Db, token: string, headers: IncomingHttpHeaders): Promise<CollabUser | null> {
  const actor = API_TOKEN.test(token) ? await actorForToken(db, token).catch(() => null) : await sessionActor(db, headers);
  if (!actor) return null;
  const [user] = await db.select({ name: users.name }).from(users).where(eq(users.id, actor.id));
  return { ...actor, name: user?.name ?? "Someone", color: colorFor(actor.id) };
}

async function sessionActor(db: Db, headers: IncomingHttpHeaders): Promise<Actor | null> {
  const cookie = headers.cookie;
  const secret = process.env.AUTH_SECRET;
  if (!cookie || !secret) return null;
  const req = { headers: { cookie } };
  for (const secureCookie of [cookie.includes("__Secure-authjs."), !cookie.includes("__Secure-authjs.")]) {
    const jwt = await getToken({ req, secret, secureCookie }).catch(() => null);
    if (typeof jwt?.uid === "string") return actorForUserId(db, jwt.uid);
  }
  return null;
}
