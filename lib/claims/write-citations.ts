import { inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { citations, entities, sources } from "@/db/schema";
import type { Actor } from "@/lib/context";
import { Invalid } from "@/lib/errors";
import { upsertSource } from "@/lib/sources/create-source";
import { eq } from "drizzle-orm";
import type { z } from "zod";
import type { citationInput } from "./schema";

/** Resolves each citation's source (existing id, or a new or known URL) and writes the citations of a revision. */
export async function writeCitations(
  db: Db,
  actor: Actor,
  claimRevisionId: string,
  list: Array<z.output<typeof citationInput>>,
): Promise<void> {
  const ids = list.flatMap((c) => (c.sourceId ? [c.sourceId] : []));
  if (ids.length) {
    const found = await db.select({ id: sources.id }).from(sources).where(inArray(sources.id, ids));
    const known = new Set(found.map((s) => s.id));
    const missing = list.findIndex((c) => c.sourceId && !known.has(c.sourceId));
    if (missing >= 0) throw new Invalid(`citations.${missing}.sourceId: no such source`, { issues: [{ path: `citations.${missing}.sourceId`, message: "no such source" }] });
  }
  const rows = [];
  for (const [position, c] of list.entries()) {
    const sourceId = c.sourceId ?? (await upsertSource(db, actor, c.source!)).source.id;
    rows.push({ claimRevisionId, sourceId, position: position + 1, quote: c.quote || null, locator: c.locator || null });
  }
  if (rows.length) await db.insert(citations).values(rows);
}

/** The id of the object entity named by slug, or null; an unknown slug is bad input. */
export async function resolveObject(db: Db, objectSlug: string | undefined): Promise<string | null> {
  if (!objectSlug) return null;
  const [object] = await db.select({ id: entities.id }).from(entities).where(eq(entities.slug, objectSlug));
  if (!object) throw new Invalid(`objectSlug: no entity "${objectSlug}"`, { issues: [{ path: "objectSlug", message: "no such entity" }] });
  return object.id;
}
