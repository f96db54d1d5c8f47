import { apiRoute } from "@/http/api-route";
import { listAudit } from "@/lib/audit/queries";

export const GET = apiRoute(async ({ ctx, url }) => listAudit(ctx, Object.fromEntries(url.searchParams)));
