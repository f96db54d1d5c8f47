import { apiRoute } from "@/http/api-route";
import { search } from "@/lib/search/search";

export const GET = apiRoute(async ({ ctx, url }) => search(ctx, Object.fromEntries(url.searchParams)));
