import { NotFound } from "@/lib/errors";
import { errorResponse } from "@/http/errors";

/**
 * Any /api/v1 path no route matches: a 404 in the API's error shape rather than
 * the site's HTML page, so scripts can always parse the answer.
 */
function unknownRoute(request: Request): Response {
  const { pathname } = new URL(request.url);
  return errorResponse(new NotFound(`${request.method} ${pathname.slice(0, 200)}`));
}

export const GET = unknownRoute;
export const POST = unknownRoute;
export const PUT = unknownRoute;
export const PATCH = unknownRoute;
export const DELETE = unknownRoute;
