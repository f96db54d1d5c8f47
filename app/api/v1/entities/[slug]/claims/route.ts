import { apiRoute, created } from "@/http/api-route";
import { claimOperations } from "@/http/operations";
import { createClaim } from "@/lib/claims/create-claim";

export const POST = apiRoute<{ slug: string }>(claimOperations.create, async ({ ctx, params, body }) =>
  created(await createClaim(ctx, params.slug, await body())),
);
