import { and, eq } from "drizzle-orm";
import { entities, entityRevisionAuthors, entityRevisions } from "@/db/schema";
import { writeAudit } from "@/lib/audit/write-audit";
import type { Ctx } from "@/lib/context";
import { Conflict, Invalid, NotFound } from "@/lib/errors";
import { parseInput } from "@/lib/parse";
import { authorize } from "@/lib/policies";
import { indexEntity } from "@/lib/search/index-hooks";
import { presentRevision, type RevisionView } from "@/lib/review/present-revision";
import { mergePage, type MergeResult } from "@/lib/editor/merge3";
import { createEntityRevisionInput, parseFields } from "./schema";

/**
 * Saves a new revision of an entity on top of the one the editor loaded. Omitted
 * parts carry over from that revision. If someone saved in between, nothing is
 * written: 409 with both versions and their three-way merge against the revision the edit
 * started from, so the editor carries over what merges by itself and asks only about the rest.
 * coAuthors (a snapshot of the shared draft) become authors of the revision beside the actor.
 */
export async function createEntityRevision(ctx: Ctx, slug: string, raw: unknown, opts: { coAuthors?: string[] } = {}): Promise<RevisionView> {
  const actor = authorize(ctx.actor, "create");
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
        merge: await mergeWithLatest(tx, entity.id, input, latest),
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
    const coAuthors = (opts.coAuthors ?? []).filter((id) => id !== actor.id);
    if (coAuthors.length) await tx.insert(entityRevisionAuthors).values(coAuthors.map((userId) => ({ revisionId: revision!.id, userId }))).onConflictDoNothing();
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

/** The edit merged three-way onto the newest revision, or null when its base is not a revision of this page. */
async function mergeWithLatest(tx: Ctx["db"], entityId: string, input: { baseRevisionId: string; title?: string; aliases?: unknown[]; fields?: Record<string, unknown>; body?: unknown }, latest: typeof entityRevisions.$inferSelect): Promise<MergeResult | null> {
  const [base] = await tx.select().from(entityRevisions).where(and(eq(entityRevisions.id, input.baseRevisionId), eq(entityRevisions.entityId, entityId)));
  if (!base) return null;
  const mine = {
    title: input.title ?? base.title,
    aliases: input.aliases ?? base.aliases,
    fields: input.fields ?? base.fields,
    body: input.body === undefined ? base.body : (input.body as typeof base.body),
  };
  return mergePage(base, latest, mine);
}

function presentRevisionContent(r: typeof entityRevisions.$inferSelect) {
  return { ...presentRevision(r), title: r.title, aliases: r.aliases, fields: r.fields, body: r.body };
}
