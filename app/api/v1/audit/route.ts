import { apiRoute } from "@/http/api-route";
import { auditOperations } from "@/http/operations";
import { listAudit } from "@/lib/audit/queries";

export const GET = apiRoute(auditOperations.list, async ({ ctx, url }) => listAudit(ctx, Object.fromEntries(url.searchParams)));
