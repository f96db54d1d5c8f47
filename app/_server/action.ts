import { getDatabase } from "@/server/database";
import type { Ctx } from "@/lib/context";
import { DomainError } from "@/lib/errors";
import { sessionActor } from "./actor";

export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: string; code: string };

/**
 * The one wrapper for server actions: session actor, then the domain call;
 * domain errors come back as a message for the form instead of a crash.
 * (Next checks the Origin of server action posts itself.)
 */
export async function runAction<T>(fn: (ctx: Ctx) => Promise<T>): Promise<ActionResult<T>> {
  try {
    const { db } = await getDatabase();
    const actor = await sessionActor(db);
    return { ok: true, data: await fn({ db, actor }) };
  } catch (err) {
    if (err instanceof DomainError) return { ok: false, error: err.message, code: err.code };
    console.error("[nexus] action failed", err);
    return { ok: false, error: "Something went wrong on our side. Try again.", code: "internal" };
  }
}
