import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { sourceRevisions, sources, type Source } from "@/db/schema";
import { writeAudit } from "@/lib/audit/write-audit";
import type { Ctx } from "@/lib/context";
import { Conflict, NotFound } from "@/lib/errors";
import { parseInput } from "@/lib/parse";
import { authorize } from "@/lib/policies";
import { presentRevision, type RevisionView } from "@/lib/review/present-revision";
import { createSourceRevisionInput } from "./schema";
import { sourceDetails, type SourceDetails } from "./source-details";
import { parseId } from "@/lib/ids";

/**
 * Proposes new details for a source, on top of the revision the editor loaded.
 * Nothing public changes until a reviewer approves it. If someone proposed a
 * change in between, nothing is written: 409 with the newest details.
 */
export async function createSourceRevision(ctx: Ctx, sourceId: string, raw: unknown): Promise<RevisionView> {
  const actor = authorize(ctx.actor, "create");
  const input = parseInput(createSourceRevisionInput, raw);
  parseId(sourceId, "Source");
  return ctx.db.transaction(async (tx) => {
    // The row lock serialises concurrent proposals on one source.
    const [source] = await tx.select().from(sources).where(eq(sources.id, sourceId)).for("update");
    if (!source) throw new NotFound("Source");
    const latest = await latestSourceDetails(tx, source);
    if (source.latestRevisionId !== input.baseRevisionId) {
      throw new Conflict("Someone proposed a change to this source after you loaded it. Carry your changes onto the newest version and save again.", {
        latest,
        yours: input,
      });
    }
    const { baseRevisionId, summary, ...changes } = input;
    const details: SourceDetails = { ...latest.details };
    for (const [key, value] of Object.entries(changes)) {
      if (value !== undefined) Object.assign(details, { [key]: value });
    }
    const [revision] = await tx
      .insert(sourceRevisions)
      .values({
        sourceId,
        number: latest.number + 1,
        baseRevisionId,
        authorId: actor.id,
        summary: summary ?? "",
        ...details,
      })
      .returning();
    await tx.update(sources).set({ latestRevisionId: revision!.id }).where(eq(sources.id, sourceId));
    await writeAudit(tx, {
      actorId: actor.id,
      action: "source_revision.create",
      subjectType: "source_revision",
      subjectId: revision!.id,
      details: { sourceId, number: revision!.number, baseRevisionId },
    });
    return presentRevision(revision!);
  });
}

/**
 * What an editor starts from: the newest proposed details, or the source's own when
 * nobody has proposed a change. Number 0 stands for the details as first entered.
 */
export async function latestSourceDetails(db: Db, source: Source) {
  if (!source.latestRevisionId) return { revisionId: null, number: 0, status: null, details: sourceDetails(source) };
  const [rev] = await db.select().from(sourceRevisions).where(eq(sourceRevisions.id, source.latestRevisionId));
  return { revisionId: rev!.id, number: rev!.number, status: rev!.status, details: sourceDetails(rev!) };
}
