import { apiRoute, created } from "@/http/api-route";
import { entityOperations } from "@/http/operations";
import { createEntityRevision } from "@/lib/entities/create-entity-revision";
import { listEntityRevisions } from "@/lib/entities/queries";

export const GET = apiRoute<{ slug: string }>(entityOperations.revisions, async ({ ctx, params }) => listEntityRevisions(ctx, params.slug));

export const POST = apiRoute<{ slug: string }>(entityOperations.revise, async ({ ctx, params, body }) =>
  created(await createEntityRevision(ctx, params.slug, await body())),
);
