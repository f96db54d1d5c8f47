import { eq } from "drizzle-orm";
import { claimRevisions, claims } from "@/db/schema";
import { writeAudit } from "@/lib/audit/write-audit";
import type { Ctx } from "@/lib/context";
import { Conflict, Invalid, NotFound } from "@/lib/errors";
import { parseInput } from "@/lib/parse";
import { authorize } from "@/lib/policies";
import { indexClaim } from "@/lib/search/index-hooks";
import { findClaim } from "./queries";
import { createClaimRevisionInput } from "./schema";
import { claimRevisionContent } from "./revision-content";
import { resolveObject, writeCitations } from "./write-citations";
import { presentRevision, type RevisionView } from "@/lib/review/present-revision";
import { parseId } from "@/lib/ids";

/**
 * Saves a new revision of a claim on top of the one the editor loaded. If someone
 * saved in between, nothing is written: 409 with both versions.
 */
export async function createClaimRevision(ctx: Ctx, claimId: string, raw: unknown): Promise<RevisionView> {
  const actor = authorize(ctx.actor, "create");
  const input = parseInput(createClaimRevisionInput, raw);
  parseId(claimId, "Claim");
  return ctx.db.transaction(async (tx) => {
    const [claim] = await tx.select().from(claims).where(eq(claims.id, claimId)).for("update");
    if (!claim) throw new NotFound("Claim");
    const [latest] = await tx.select().from(claimRevisions).where(eq(claimRevisions.id, claim.latestRevisionId!));
    if (claim.latestRevisionId !== input.baseRevisionId) {
      throw new Conflict("Someone saved this claim after you loaded it. Carry your changes onto the newest version and save again.", {
        latest: await findClaim(tx, claimId, "latest"),
        yours: input,
      });
    }
    const objectEntityId = await resolveObject(tx, input.objectSlug);
    if (objectEntityId === claim.subjectEntityId) throw new Invalid("objectSlug: a claim cannot link an entity to itself");
    const [revision] = await tx
      .insert(claimRevisions)
      .values({
        claimId,
        number: latest!.number + 1,
        baseRevisionId: input.baseRevisionId,
        authorId: actor.id,
        summary: input.summary ?? "",
        ...claimRevisionContent(input, objectEntityId),
      })
      .returning();
    await writeCitations(tx, actor, revision!.id, input.citations);
    await tx.update(claims).set({ latestRevisionId: revision!.id }).where(eq(claims.id, claimId));
    await indexClaim(tx, claimId);
    await writeAudit(tx, {
      actorId: actor.id,
      action: "claim_revision.create",
      subjectType: "claim_revision",
      subjectId: revision!.id,
      entityId: claim.subjectEntityId,
      details: { claimId, number: revision!.number, baseRevisionId: input.baseRevisionId },
    });
    return presentRevision(revision!);
  });
}
