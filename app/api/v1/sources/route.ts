import { apiRoute, created } from "@/http/api-route";
import { sourceOperations } from "@/http/operations";
import { createSource } from "@/lib/sources/create-source";
import { presentSource } from "@/lib/sources/present-source";

/** 201 for a new source; 200 with the existing one when its URL is already known. */
export const POST = apiRoute(sourceOperations.create, async ({ ctx, body }) => {
  const result = await createSource(ctx, await body());
  const source = presentSource(result.source);
  return result.created ? created(source) : source;
});
