import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { entityRevisionAuthors, entityRevisions } from "@/db/schema";

/**
 * Every author of a revision besides its authorId: the contributors of a co-edited page snapshot.
 * Claims and source details have one author each, so this is empty for them.
 */
export async function coAuthorsOf(db: Db, revisionId: string): Promise<string[]> {
  const rows = await db.select({ id: entityRevisionAuthors.userId }).from(entityRevisionAuthors).where(eq(entityRevisionAuthors.revisionId, revisionId));
  return rows.map((r) => r.id);
}

/** The same, as a column of a query over entity revisions. */
export const entityRevisionAuthorIds = sql<string[]>`array(select a.user_id from ${entityRevisionAuthors} a where a.revision_id = ${entityRevisions.id})`;
