import { apiRoute } from "@/http/api-route";
import { getRevisionDetail } from "@/lib/review/revision-detail";

export const GET = apiRoute<{ id: string }>(async ({ ctx, params }) => getRevisionDetail(ctx, params.id));
