import { apiRoute } from "@/http/api-route";
import { claimOperations } from "@/http/operations";
import { retractClaim } from "@/lib/claims/retract-claim";

export const POST = apiRoute<{ id: string }>(claimOperations.retract, async ({ ctx, params, body }) => retractClaim(ctx, params.id, await body()));
