import { apiRoute } from "@/app/_server/api";
import { getDraft } from "@/lib/collab/draft-view";
import { collabServer } from "@/server/collab/registry";

export const GET = apiRoute<{ slug: string }>(async ({ ctx, params }) => getDraft(ctx, params.slug, collabServer()?.live));
