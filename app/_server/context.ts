import { connection } from "next/server";
import { getDatabase } from "@/server/database";
import type { Ctx } from "@/lib/context";
import { readDemoFlag } from "@/lib/public/reads";

/**
 * The context of a public page: the database and no actor, so every read goes
 * through the published view. Awaiting connection() keeps the page dynamic, so
 * the build never touches the database; the data itself comes from the public
 * cache (lib/public/), so a dynamic page does not mean a database round trip.
 */
export async function publicContext(): Promise<Ctx & { demo: boolean }> {
  await connection();
  const { db } = await getDatabase();
  return { db, actor: null, demo: await readDemoFlag(db) };
}
