import { apiRoute } from "@/http/api-route";
import { entityOperations } from "@/http/operations";
import { getDraft } from "@/lib/collab/draft-view";
import { collabServer } from "@/server/collab/registry";

export const GET = apiRoute<{ slug: string }>(entityOperations.draft, async ({ ctx, params }) => getDraft(ctx, params.slug, collabServer()?.live));
