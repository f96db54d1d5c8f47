import { apiRoute, created } from "@/http/api-route";
import { entityOperations } from "@/http/operations";
import { createEntity } from "@/lib/entities/create-entity";
import { listEntities } from "@/lib/entities/queries";
import { listEntitiesInput } from "@/lib/entities/schema";
import { parseInput } from "@/lib/parse";

export const GET = apiRoute(entityOperations.list, async ({ ctx, url }) =>
  listEntities(ctx, parseInput(listEntitiesInput, Object.fromEntries(url.searchParams))),
);

export const POST = apiRoute(entityOperations.create, async ({ ctx, body }) => created(await createEntity(ctx, await body())));
