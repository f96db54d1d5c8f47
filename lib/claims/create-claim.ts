import { eq } from "drizzle-orm";
import { claimRevisions, claims, entities } from "@/db/schema";
import { writeAudit } from "@/lib/audit/write-audit";
import type { Ctx } from "@/lib/context";
import { Invalid, NotFound } from "@/lib/errors";
import { parseInput } from "@/lib/parse";
import { authorize } from "@/lib/policies";
import { indexClaim } from "@/lib/search/index-hooks";
import { findClaim, type ClaimView } from "./queries";
import { createClaimInput } from "./schema";
import { claimRevisionContent } from "./revision-content";
import { resolveObject, writeCitations } from "./write-citations";

/** Adds a claim about an entity: the claim, its first revision (a draft) and its citations, in one transaction. */
export async function createClaim(ctx: Ctx, entitySlug: string, raw: unknown): Promise<ClaimView> {
  const actor = authorize(ctx.actor, "create");
  const input = parseInput(createClaimInput, raw);
  const claimId = await ctx.db.transaction(async (tx) => {
    const [subject] = await tx.select({ id: entities.id }).from(entities).where(eq(entities.slug, entitySlug));
    if (!subject) throw new NotFound("Entity");
    const objectEntityId = await resolveObject(tx, input.objectSlug);
    if (objectEntityId === subject.id) throw new Invalid("objectSlug: a claim cannot link an entity to itself");
    const [claim] = await tx.insert(claims).values({ subjectEntityId: subject.id, createdBy: actor.id }).returning();
    const [revision] = await tx
      .insert(claimRevisions)
      .values({
        claimId: claim!.id,
        number: 1,
        authorId: actor.id,
        summary: input.summary ?? "Created",
        ...claimRevisionContent(input, objectEntityId),
      })
      .returning();
    await writeCitations(tx, actor, revision!.id, input.citations);
    await tx.update(claims).set({ latestRevisionId: revision!.id }).where(eq(claims.id, claim!.id));
    await indexClaim(tx, claim!.id);
    await writeAudit(tx, {
      actorId: actor.id,
      action: "claim.create",
      subjectType: "claim",
      subjectId: claim!.id,
      entityId: subject.id,
      details: { revisionId: revision!.id, citations: input.citations.length },
    });
    return claim!.id;
  });
  return (await findClaim(ctx.db, claimId, "latest"))!;
}
