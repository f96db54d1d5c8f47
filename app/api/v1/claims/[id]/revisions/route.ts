import { apiRoute, created } from "@/http/api-route";
import { claimOperations } from "@/http/operations";
import { createClaimRevision } from "@/lib/claims/create-claim-revision";

export const POST = apiRoute<{ id: string }>(claimOperations.revise, async ({ ctx, params, body }) =>
  created(await createClaimRevision(ctx, params.id, await body())),
);
