import { apiRoute, created } from "@/http/api-route";
import { createClaimRevision } from "@/lib/claims/create-claim-revision";

export const POST = apiRoute<{ id: string }>(async ({ ctx, params, body }) =>
  created(await createClaimRevision(ctx, params.id, await body())),
);
