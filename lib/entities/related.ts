import { and, asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { claimRevisions, claims } from "@/db/schema";
import { presentClaims, type ClaimView } from "@/lib/claims/queries";
import { firmer } from "@/lib/claims/confidence";
import type { Confidence, Predicate } from "@/lib/claims/schema";
import { claimPointer, visibleClaims } from "@/lib/visibility";
import { entityRefs, type EntityRef } from "./titles";

/** A published claim about another entity that names this one as its object. */
export type IncomingClaim = ClaimView & { subject: EntityRef };

/** Published claims whose object is this entity (the other direction of "related"), oldest first. */
export async function incomingClaims(db: Db, entityId: string): Promise<IncomingClaim[]> {
  const rows = await db
    .select({ claim: claims, revision: claimRevisions })
    .from(claims)
    .innerJoin(claimRevisions, eq(claimRevisions.id, claimPointer("published")))
    .where(and(eq(claimRevisions.objectEntityId, entityId), visibleClaims("published")))
    .orderBy(asc(claims.createdAt), asc(claims.id));
  const presented = await presentClaims(db, rows, "published", false);
  const subjects = await entityRefs(db, presented.map((c) => c.subjectId), "published");
  return presented.flatMap((c) => {
    const subject = subjects.get(c.subjectId);
    return subject ? [{ ...c, subject }] : [];
  });
}

export type Relation = {
  entity: EntityRef;
  predicate: Predicate;
  /** "out": this entity is the claim's subject; "in": it is the object. */
  direction: "out" | "in";
  claimIds: string[];
  /** The firmest confidence among the claims. */
  confidence: Confidence;
};

/**
 * Entities linked to this one by published claims, in both directions, one row per
 * entity, predicate and direction.
 */
export function relationsOf(outgoing: ClaimView[], incoming: IncomingClaim[]): Relation[] {
  const byKey = new Map<string, Relation>();
  const add = (entity: EntityRef, claim: ClaimView, direction: Relation["direction"]) => {
    if (!claim.predicate) return;
    const key = `${direction}:${claim.predicate}:${entity.id}`;
    const found = byKey.get(key);
    if (!found) {
      byKey.set(key, { entity, predicate: claim.predicate, direction, claimIds: [claim.id], confidence: claim.confidence });
      return;
    }
    found.claimIds.push(claim.id);
    found.confidence = firmer(found.confidence, claim.confidence);
  };
  for (const c of outgoing) if (c.object) add(c.object, c, "out");
  for (const c of incoming) add(c.subject, c, "in");
  return [...byKey.values()];
}
