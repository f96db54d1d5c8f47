import { eq } from "drizzle-orm";
import { z } from "zod";
import { entityRevisions } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { EMPTY_DOC } from "@/lib/editor/body-schema";
import { bodyOf, canonicalJson, mergePage } from "@/lib/editor/merge3";
import { cleanFields } from "@/lib/entities/clean-fields";
import { createEntityRevision } from "@/lib/entities/create-entity-revision";
import { Conflict } from "@/lib/errors";
import { parseInput } from "@/lib/parse";
import { authorize } from "@/lib/policies";
import type { EntityContent } from "@/lib/review/flatten";
import type { RevisionView } from "@/lib/review/present-revision";
import { coAuthorsOf } from "@/lib/review/authors";
import { transitionRevision } from "@/lib/review/transition";
import { editSummary } from "@/lib/validation";
import { contentOfState } from "./doc-content";
import { findEntityForDraft, type LiveDrafts } from "./draft-view";
import { latestContent, loadDraft, markSnapshotted, unpublishedContributors } from "./drafts";

export const submitDraftInput = z.object({
  /** Edit summary of the snapshot. */
  summary: editSummary.optional(),
}).strict();

export type SubmittedDraft = RevisionView & { authors: string[] };

/** Same content, as a form sees it: empty facts and empty lists count as not given. */
const same = (a: EntityContent, b: EntityContent) => {
  const text = (c: EntityContent) => canonicalJson([c.title, c.aliases, cleanFields(c.fields) ?? {}, c.body ?? null]);
  return text(a) === text(b);
};

/**
 * POST /entities/{slug}/draft/submit: snapshots the shared draft into an immutable page revision
 * and submits it for review. The snapshot is validated like any revision (the body schema refuses
 * what cleanBody did not already strip). Everyone who changed the draft since its content was last
 * published is an author, so none of them may approve it. Editing goes on in the draft meanwhile.
 */
export async function submitDraft(ctx: Ctx, slug: string, raw: unknown, live?: LiveDrafts): Promise<SubmittedDraft> {
  authorize(ctx.actor, "create");
  const input = parseInput(submitDraftInput, raw ?? {});
  const entity = await findEntityForDraft(ctx, slug);
  await live?.flush(entity.id);
  const [stored, latest] = await Promise.all([loadDraft(ctx.db, entity.id), latestContent(ctx.db, entity.id)]);
  if (!stored || !latest) throw new Conflict("This page has no shared draft yet: open it in the editor first.");

  let content = contentOfState(stored.state);
  if (stored.baseRevisionId && stored.baseRevisionId !== latest.revisionId) content = await carryOnto(ctx, stored.baseRevisionId, latest.content, content);
  if (same(content, latest.content)) throw new Conflict("Nothing to submit: the shared draft is the same as the newest revision.");

  const contributors = await unpublishedContributors(ctx.db, entity.id);
  const revision = await createEntityRevision(
    ctx,
    slug,
    { baseRevisionId: latest.revisionId, title: content.title, aliases: content.aliases, fields: content.fields, body: content.body ?? EMPTY_DOC, summary: input.summary },
    { coAuthors: contributors },
  );
  await markSnapshotted(ctx.db, entity.id, revision.id);
  const submitted = await transitionRevision(ctx, revision.id, "submit");
  const authors = await coAuthorsOf(ctx.db, revision.id);
  return { ...revision, status: submitted.status, authors: [...authors].sort() };
}

/**
 * A revision was saved outside the shared draft (through the API) after the draft's base: the draft's
 * changes are merged three-way onto it. Changes to different parts and paragraphs merge by themselves;
 * if both changed the same ones, nothing is submitted and the person is told where.
 */
async function carryOnto(ctx: Ctx, baseRevisionId: string, latest: EntityContent, draft: EntityContent): Promise<EntityContent> {
  const [base] = await ctx.db.select().from(entityRevisions).where(eq(entityRevisions.id, baseRevisionId));
  if (!base) return draft;
  const merge = mergePage(base, latest, draft);
  if (!merge.clean) {
    throw new Conflict("The page was saved outside the shared draft and both changed the same parts. Bring the draft up to date with the newest revision, then submit again.", { merge });
  }
  return { ...merge.content, aliases: merge.content.aliases as EntityContent["aliases"], body: bodyOf(merge.body, "mine") };
}
