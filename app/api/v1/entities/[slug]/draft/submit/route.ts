import { apiRoute, created } from "@/http/api-route";
import { entityOperations } from "@/http/operations";
import { submitDraft } from "@/lib/collab/submit-draft";
import { collabServer } from "@/server/collab/registry";

export const POST = apiRoute<{ slug: string }>(entityOperations.submitDraft, async ({ ctx, params, body }) =>
  created(await submitDraft(ctx, params.slug, await body(), collabServer()?.live)),
);
