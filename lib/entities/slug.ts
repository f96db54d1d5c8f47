import { like, or, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { entities } from "@/db/schema";
import { slugFromTitle } from "@/lib/slug";

/** The first free slug for a title: "acme", then "acme-2", "acme-3", … */
export async function freeSlug(db: Db, title: string, kind: string): Promise<string> {
  const base = slugFromTitle(title, kind);
  const taken = await db
    .select({ slug: entities.slug })
    .from(entities)
    .where(or(eq(entities.slug, base), like(entities.slug, `${base}-%`)));
  const used = new Set(taken.map((r) => r.slug));
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
  }
}
