import { openApiDocument } from "@/http/openapi/document";

/** The OpenAPI 3.1 document of /api/v1; it reads no data, so anyone may fetch it. */
export function GET(): Response {
  return Response.json(openApiDocument(), { headers: { "Cache-Control": "public, max-age=300" } });
}
