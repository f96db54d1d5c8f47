import { eq } from "drizzle-orm";
import { entities } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { NotFound } from "@/lib/errors";
import { authorize } from "@/lib/policies";
import type { BodyDoc } from "@/lib/editor/body-schema";
import type { Alias } from "@/lib/entities/schema";
import { contentOfState } from "./doc-content";
import { latestContent, loadDraft } from "./drafts";

/** Someone with the page's shared document open now. */
export type Participant = { id: string; name: string; color: string; readOnly: boolean };

/**
 * What the co-editing server in this process knows that the database may not yet: the documents
 * open here (their state runs ahead of the debounced store) and who is connected to them.
 */
export interface LiveDrafts {
  /** Stores an open document now, so the database holds every acknowledged change. */
  flush(entityId: string): Promise<void>;
  participants(entityId: string): Participant[];
}

export type DraftView = {
  entityId: string;
  slug: string;
  title: string;
  aliases: Alias[];
  /** Kind-specific facts (the Y.Map key "facts"); "fields" repeats them under the Entity's name. */
  facts: Record<string, unknown>;
  fields: Record<string, unknown>;
  body: BodyDoc | null;
  /** The revision the draft stands on; null before anyone opened it. */
  baseRevisionId: string | null;
  updatedAt: string | null;
  connected: Participant[];
};

export async function findEntityForDraft(ctx: Ctx, slug: string) {
  const [entity] = await ctx.db.select({ id: entities.id, kind: entities.kind, slug: entities.slug, latestRevisionId: entities.latestRevisionId }).from(entities).where(eq(entities.slug, slug));
  if (!entity) throw new NotFound("Entity");
  return entity;
}

/** GET /entities/{slug}/draft: the shared draft as JSON and who is connected. */
export async function getDraft(ctx: Ctx, slug: string, live?: LiveDrafts): Promise<DraftView> {
  // A members-only read: the public gets 404, as for revisions and drafts elsewhere.
  authorize(ctx.actor, "read:workspace", { hiddenAs: "Entity" });
  const entity = await findEntityForDraft(ctx, slug);
  await live?.flush(entity.id);
  const stored = await loadDraft(ctx.db, entity.id);
  const content = stored ? contentOfState(stored.state) : (await latestContent(ctx.db, entity.id))?.content;
  if (!content) throw new NotFound("Entity");
  return {
    entityId: entity.id,
    slug: entity.slug,
    title: content.title,
    aliases: content.aliases,
    facts: content.fields,
    fields: content.fields,
    body: content.body ?? null,
    baseRevisionId: stored ? stored.baseRevisionId : entity.latestRevisionId,
    updatedAt: stored ? stored.updatedAt.toISOString() : null,
    connected: live?.participants(entity.id) ?? [],
  };
}
