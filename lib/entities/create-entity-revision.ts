import { eq } from "drizzle-orm";
import { entities, entityRevisions } from "@/db/schema";
import { writeAudit } from "@/lib/audit/write-audit";
import { requireActor, type Ctx } from "@/lib/context";
import { Conflict, Forbidden, Invalid, NotFound } from "@/lib/errors";
import { parseInput } from "@/lib/parse";
import { can } from "@/lib/policies";
import { indexEntity } from "@/lib/search/index-hooks";
import { presentRevision, type RevisionView } from "@/lib/review/present-revision";
import { createEntityRevisionInput, parseFields } from "./schema";

/**
 * Saves a new revision of an entity on top of the one the editor loaded. Omitted
 * parts carry over from that revision. If someone saved in between, nothing is
 * written: 409 with both versions, so the editor can show them side by side.
 */
export async function createEntityRevision(ctx: Ctx, slug: string, raw: unknown): Promise<RevisionView> {
  const actor = requireActor(ctx);
  if (!can(actor, "create")) throw new Forbidden();
  const input = parseInput(createEntityRevisionInput, raw);
  return ctx.db.transaction(async (tx) => {
    // The row lock serialises concurrent saves on one entity: the second sees the first's revision.
    const [entity] = await tx.select().from(entities).where(eq(entities.slug, slug)).for("update");
    if (!entity) throw new NotFound("Entity");
    const [latest] = await tx.select().from(entityRevisions).where(eq(entityRevisions.id, entity.latestRevisionId!));
    if (!latest) throw new NotFound("Entity");
    if (latest.id !== input.baseRevisionId) {
      throw new Conflict("Someone saved this page after you loaded it. Carry your changes onto the newest version and save again.", {
        latest: presentRevisionContent(latest),
        yours: input,
      });
    }
    const fields = parseFields(entity.kind, input.fields ?? latest.fields);
    if (!fields.ok) throw new Invalid(`${fields.issues[0]?.path.join(".")}: ${fields.issues[0]?.message}`, { issues: fields.issues });
    const [revision] = await tx
      .insert(entityRevisions)
      .values({
        entityId: entity.id,
        number: latest.number + 1,
        baseRevisionId: latest.id,
        authorId: actor.id,
        summary: input.summary ?? "",
        title: input.title ?? latest.title,
        aliases: input.aliases ?? latest.aliases,
        fields: fields.fields,
        body: input.body === undefined ? latest.body : input.body,
      })
      .returning();
    await tx.update(entities).set({ latestRevisionId: revision!.id }).where(eq(entities.id, entity.id));
    await indexEntity(tx, entity.id);
    await writeAudit(tx, {
      actorId: actor.id,
      action: "entity_revision.create",
      subjectType: "entity_revision",
      subjectId: revision!.id,
      entityId: entity.id,
      details: { number: revision!.number, baseRevisionId: latest.id },
    });
    return presentRevision(revision!);
  });
}

function presentRevisionContent(r: typeof entityRevisions.$inferSelect) {
  return { ...presentRevision(r), title: r.title, aliases: r.aliases, fields: r.fields, body: r.body };
}
