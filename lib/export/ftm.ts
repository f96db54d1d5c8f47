import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { claimRevisions, claims } from "@/db/schema";
import { FIELD_SCHEMAS } from "@/lib/entities/fields";
import { hasDemoData } from "@/lib/instance/settings";
import { claimPointer, visibleClaims } from "@/lib/visibility";
import { claimToFtm, type Written } from "./ftm-claims";
import { entityToFtm } from "./ftm-entities";
import { publishedClaimBatches, publishedEntityBatches } from "./published-batches";

/**
 * entities.ftm.json: the published data set as FollowTheMoney entities, one JSON
 * object per line. Entities come first, then what claims say about them; a claim is
 * written only when every entity it references was written before it, so every
 * reference in the file resolves. Yields one chunk of lines per database batch.
 */
export async function* ftmLines(db: Db, origin: string): AsyncGenerator<string> {
  const demo = await hasDemoData(db);
  const written: Written = { kinds: new Map(), goods: new Map(), routes: new Map() };

  for await (const batch of publishedEntityBatches(db)) {
    // Per batch, through the subject index: asked once for the whole data set up front, this
    // scanned every claim before the first byte (0.7 s at a million claims).
    const sanctioned = await sanctionedSubjects(db, batch.map((e) => e.id));
    const lines: string[] = [];
    for (const entity of batch) {
      for (const ftm of entityToFtm(entity, origin, { sanctionedByClaim: sanctioned.has(entity.id), demo })) lines.push(JSON.stringify(ftm));
      written.kinds.set(entity.id, entity.kind);
      if (entity.kind === "technology") {
        const fields = FIELD_SCHEMAS.technology.safeParse(entity.fields);
        written.goods.set(entity.id, { title: entity.title, hsCodes: fields.success ? fields.data.hsCodes : [] });
      }
      if (entity.kind === "route") {
        const fields = FIELD_SCHEMAS.route.safeParse(entity.fields);
        if (fields.success) written.routes.set(entity.id, { title: entity.title, origin: fields.data.origin, destination: fields.data.destination });
      }
    }
    if (lines.length) yield lines.join("\n") + "\n";
  }

  for await (const batch of publishedClaimBatches(db)) {
    const lines = batch.flatMap((claim) => {
      const ftm = claimToFtm(claim, origin, written);
      return ftm ? [JSON.stringify(ftm)] : [];
    });
    if (lines.length) yield lines.join("\n") + "\n";
  }
}

/** Which of these entities a published "sanctioned by" claim is about: their Company carries the "sanction" topic. */
async function sanctionedSubjects(db: Db, entityIds: string[]): Promise<Set<string>> {
  if (entityIds.length === 0) return new Set();
  const rows = await db
    .selectDistinct({ id: claims.subjectEntityId })
    .from(claims)
    .innerJoin(claimRevisions, eq(claimRevisions.id, claimPointer("published")))
    .where(and(inArray(claims.subjectEntityId, entityIds), visibleClaims("published"), eq(claimRevisions.predicate, "sanctioned_by")));
  return new Set(rows.map((r) => r.id));
}
