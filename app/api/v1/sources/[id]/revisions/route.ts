import { apiRoute, created } from "@/http/api-route";
import { sourceOperations } from "@/http/operations";
import { createSourceRevision } from "@/lib/sources/create-source-revision";
import { listSourceRevisions } from "@/lib/sources/source-revisions";

export const GET = apiRoute<{ id: string }>(sourceOperations.revisions, async ({ ctx, params }) => listSourceRevisions(ctx, params.id));

/** 201 with the Revision (status draft); 409 with the newest details if someone proposed a change meanwhile. */
export const POST = apiRoute<{ id: string }>(sourceOperations.propose, async ({ ctx, params, body }) =>
  created(await createSourceRevision(ctx, params.id, await body())),
);
