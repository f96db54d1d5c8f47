import { apiRoute } from "@/app/_server/api";
import { getRevisionDetail } from "@/lib/review/revision-detail";

export const GET = apiRoute<{ id: string }>(async ({ ctx, params }) => getRevisionDetail(ctx, params.id));
