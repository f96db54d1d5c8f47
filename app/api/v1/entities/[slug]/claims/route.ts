import { apiRoute, created } from "@/http/api-route";
import { createClaim } from "@/lib/claims/create-claim";

export const POST = apiRoute<{ slug: string }>(async ({ ctx, params, body }) =>
  created(await createClaim(ctx, params.slug, await body())),
);
