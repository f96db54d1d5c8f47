import { apiRoute } from "@/http/api-route";
import { entityOperations } from "@/http/operations";
import { getEntity } from "@/lib/entities/queries";
import { getEntityInput } from "@/lib/entities/schema";
import { parseInput } from "@/lib/parse";

export const GET = apiRoute<{ slug: string }>(entityOperations.get, async ({ ctx, params, url }) => {
  const { view } = parseInput(getEntityInput, Object.fromEntries(url.searchParams));
  return getEntity(ctx, params.slug, view);
});
