import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { sources, type Source } from "@/db/schema";
import { writeAudit } from "@/lib/audit/write-audit";
import type { Actor, Ctx } from "@/lib/context";
import { parseInput } from "@/lib/parse";
import { authorize } from "@/lib/policies";
import { indexSource } from "@/lib/search/index-hooks";
import { normalizeSourceUrl } from "./normalize-url";
import { sourceInput } from "./schema";
import type { z } from "zod";

/** Creates a source, or returns the existing one for a known URL (created: false). */
export async function createSource(ctx: Ctx, raw: unknown): Promise<{ source: Source; created: boolean }> {
  const actor = authorize(ctx.actor, "create");
  const input = parseInput(sourceInput, raw);
  return ctx.db.transaction((tx) => upsertSource(tx, actor, input));
}

/** Inside a transaction: insert unless the normalized URL is known. Used by claims that create sources inline. */
export async function upsertSource(
  db: Db,
  actor: Actor,
  input: z.output<typeof sourceInput>,
): Promise<{ source: Source; created: boolean }> {
  const normalizedUrl = normalizeSourceUrl(input.url);
  const [inserted] = await db
    .insert(sources)
    .values({ ...input, normalizedUrl, createdBy: actor.id })
    .onConflictDoNothing({ target: sources.normalizedUrl })
    .returning();
  if (inserted) {
    await indexSource(db, inserted.id);
    await writeAudit(db, {
      actorId: actor.id,
      action: "source.create",
      subjectType: "source",
      subjectId: inserted.id,
      details: { url: inserted.url },
    });
    return { source: inserted, created: true };
  }
  const [existing] = await db.select().from(sources).where(eq(sources.normalizedUrl, normalizedUrl));
  return { source: existing!, created: false };
}
