import { apiRoute } from "@/http/api-route";
import { openDataOperations } from "@/http/operations";
import { filterGraph } from "@/lib/graph/filter";
import { graphFilters } from "@/lib/graph/schema";
import { parseInput } from "@/lib/parse";
import { readGraph } from "@/lib/public/reads";

/** The published relationship graph (whoever asks: it is the public edition's graph), optionally filtered. */
export const GET = apiRoute(openDataOperations.graph, async ({ ctx, url }) => {
  const filters = parseInput(graphFilters, Object.fromEntries(url.searchParams));
  const graph = filterGraph(await readGraph(ctx.db), filters);
  // Short: a publication must show within seconds, also through shared caches.
  return Response.json(graph, { headers: { "Cache-Control": "public, max-age=5" } });
});
