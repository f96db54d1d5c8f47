import { apiRoute } from "@/http/api-route";
import { searchOperations } from "@/http/operations";
import { search } from "@/lib/search/search";

export const GET = apiRoute(searchOperations.search, async ({ ctx, url }) => search(ctx, Object.fromEntries(url.searchParams)));
