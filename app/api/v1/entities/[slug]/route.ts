import { apiRoute } from "@/http/api-route";
import { getEntity } from "@/lib/entities/queries";
import { getEntityInput } from "@/lib/entities/schema";
import { parseInput } from "@/lib/parse";

export const GET = apiRoute<{ slug: string }>(async ({ ctx, params, url }) => {
  const { view } = parseInput(getEntityInput, Object.fromEntries(url.searchParams));
  return getEntity(ctx, params.slug, view);
});
