import { apiRoute } from "@/http/api-route";
import { reviewOperations } from "@/http/operations";
import { getRevisionDetail } from "@/lib/review/revision-detail";

export const GET = apiRoute<{ id: string }>(reviewOperations.revision, async ({ ctx, params }) => getRevisionDetail(ctx, params.id));
