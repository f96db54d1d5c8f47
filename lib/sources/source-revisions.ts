import { desc, eq } from "drizzle-orm";
import { sourceRevisions, sources, users } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { parseId } from "@/lib/ids";
import { requireMember } from "@/lib/policies";
import { NotFound } from "@/lib/errors";
import { presentRevision } from "@/lib/review/present-revision";

/**
 * GET /sources/{id}/revisions: every proposed change to a source's details, newest
 * first, with its author's name and the title it proposes (members only: the
 * public sees a 404, as for anything unpublished).
 */
export async function listSourceRevisions(ctx: Ctx, sourceId: string) {
  requireMember(ctx.actor, { hiddenAs: "Source" });
  parseId(sourceId, "Source");
  const [source] = await ctx.db.select({ id: sources.id }).from(sources).where(eq(sources.id, sourceId));
  if (!source) throw new NotFound("Source");
  const rows = await ctx.db
    .select({ revision: sourceRevisions, authorName: users.name })
    .from(sourceRevisions)
    .innerJoin(users, eq(users.id, sourceRevisions.authorId))
    .where(eq(sourceRevisions.sourceId, sourceId))
    .orderBy(desc(sourceRevisions.number));
  return rows.map(({ revision, authorName }) => ({ ...presentRevision(revision), authorName, title: revision.title }));
}
