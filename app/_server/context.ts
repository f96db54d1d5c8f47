import { connection } from "next/server";
import { getDatabase } from "@/db/runtime";
import type { Ctx } from "@/lib/context";
import { hasDemoData } from "@/lib/instance/settings";

/**
 * The context of a public page: the database and no actor, so every read goes
 * through the published view. Awaiting connection() keeps the page dynamic, so
 * the build never touches the database.
 */
export async function publicContext(): Promise<Ctx & { demo: boolean }> {
  await connection();
  const { db } = await getDatabase();
  return { db, actor: null, demo: await hasDemoData(db) };
}
