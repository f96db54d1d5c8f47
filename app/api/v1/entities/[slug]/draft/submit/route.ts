import { apiRoute, created } from "@/app/_server/api";
import { submitDraft } from "@/lib/collab/submit-draft";
import { collabServer } from "@/server/collab/registry";

export const POST = apiRoute<{ slug: string }>(async ({ ctx, params, body }) =>
  created(await submitDraft(ctx, params.slug, await body(), collabServer()?.live)),
);
