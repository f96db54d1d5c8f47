import { apiRoute } from "@/http/api-route";
import { reviewOperations } from "@/http/operations";
import { parseInput } from "@/lib/parse";
import { reviewQueue } from "@/lib/review/queue";
import { reviewQueueInput } from "@/lib/review/schema";

export const GET = apiRoute(reviewOperations.queue, async ({ ctx, url }) => {
  const { limit } = parseInput(reviewQueueInput, Object.fromEntries(url.searchParams));
  return reviewQueue(ctx, limit);
});
