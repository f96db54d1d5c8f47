import { apiRoute } from "@/http/api-route";
import { retractClaim } from "@/lib/claims/retract-claim";

export const POST = apiRoute<{ id: string }>(async ({ ctx, params, body }) => retractClaim(ctx, params.id, await body()));
