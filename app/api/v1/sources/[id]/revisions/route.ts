import { apiRoute, created } from "@/http/api-route";
import { createSourceRevision } from "@/lib/sources/create-source-revision";
import { listSourceRevisions } from "@/lib/sources/source-revisions";

export const GET = apiRoute<{ id: string }>(async ({ ctx, params }) => listSourceRevisions(ctx, params.id));

/** 201 with the Revision (status draft); 409 with the newest details if someone proposed a change meanwhile. */
export const POST = apiRoute<{ id: string }>(async ({ ctx, params, body }) =>
  created(await createSourceRevision(ctx, params.id, await body())),
);
