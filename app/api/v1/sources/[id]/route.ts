import { apiRoute } from "@/http/api-route";
import { sourceOperations } from "@/http/operations";
import { parseInput } from "@/lib/parse";
import { presentSourceWithClaims } from "@/lib/sources/present-source";
import { getSource } from "@/lib/sources/queries";
import { getSourceInput } from "@/lib/sources/schema";

export const GET = apiRoute<{ id: string }>(sourceOperations.get, async ({ ctx, params, url }) => {
  const { view } = parseInput(getSourceInput, Object.fromEntries(url.searchParams));
  return presentSourceWithClaims(await getSource(ctx, params.id, view));
});
