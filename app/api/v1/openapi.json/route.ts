import { plainRoute } from "@/http/api-route";
import { openApiDocument } from "@/http/openapi/document";
import { metaOperations } from "@/http/operations";

/** The OpenAPI 3.1 document of /api/v1; it reads no data, so anyone may fetch it. */
export const GET = plainRoute(metaOperations.openapi, () =>
  Response.json(openApiDocument(), { headers: { "Cache-Control": "public, max-age=300" } }),
);
