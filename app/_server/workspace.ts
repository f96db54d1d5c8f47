import { eq } from "drizzle-orm";
import { connection } from "next/server";
import { redirect } from "next/navigation";
import { getDatabase } from "@/server/database";
import { users } from "@/db/schema";
import type { Actor, Ctx } from "@/lib/context";
import { hasDemoData } from "@/lib/instance/settings";
import { sessionActor } from "./actor";

export type WorkspaceCtx = Ctx & { actor: Actor; user: { name: string; email: string }; demo: boolean };

/** The signed-in member for the workspace layout, or null; only pages redirect, as only they know their path. */
export async function workspaceMember(): Promise<WorkspaceCtx | null> {
  await connection();
  const { db } = await getDatabase();
  const actor = await sessionActor(db);
  if (!actor) return null;
  const [user] = await db.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, actor.id));
  return user ? { db, actor, user, demo: await hasDemoData(db) } : null;
}

/**
 * The context of a workspace page: a signed-in member, or a redirect to sign-in
 * that comes back to `path`. Layouts and pages render in parallel, so every page calls this itself.
 */
export async function workspaceContext(path: string): Promise<WorkspaceCtx> {
  const member = await workspaceMember();
  if (!member) redirect(`/signin?callbackUrl=${encodeURIComponent(path)}`);
  return member;
}
