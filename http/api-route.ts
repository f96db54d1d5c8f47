import { getDatabase } from "@/server/database";
import { bearerToken, limitApiCall, limitUnauthenticated } from "@/lib/auth/api-limits";
import type { Ctx } from "@/lib/context";
import type { Db } from "@/db/client";
import { Unauthorized } from "@/lib/errors";
import { clientAddress } from "./client-address";
import { errorResponse } from "./errors";
import { readJson } from "./read-json";
import { actorFromRequest } from "./caller";
import type { Operation } from "./operation";

type RouteContext<P> = { params: Promise<P> };

export type ApiArgs<P> = {
  ctx: Ctx;
  request: Request;
  params: P;
  /** The parsed JSON body (size-limited; 400 for invalid JSON, 413 for too large). */
  body: () => Promise<unknown>;
  url: URL;
};

/** A route handler with the operations it serves: the OpenAPI document and the authorization matrix read them. */
export type DeclaredRoute<P> = ((request: Request, context: RouteContext<P>) => Promise<Response>) & { operations: readonly Operation[] };

/**
 * The one wrapper for /api/v1 route handlers: database, actor (token or session),
 * rate limits (lib/auth/api-limits.ts), body parsing and error mapping. The handler is load → authorize → command → present,
 * all inside lib/. A returned Response is sent as is; anything else as JSON 200.
 * `declared` is the operation the handler serves (several for a route with a variable action), with its access rule.
 */
export function apiRoute<P = Record<string, never>>(
  declared: Operation | readonly Operation[],
  handler: (args: ApiArgs<P>) => Promise<unknown>,
): DeclaredRoute<P> {
  return declare(declared, async (request: Request, context: RouteContext<P>): Promise<Response> => {
    try {
      const { db } = await getDatabase();
      const address = clientAddress(request.headers);
      const actor = await identify(db, request, address);
      await limitApiCall(db, { actorId: actor?.id ?? null, method: request.method, bearerToken: bearerToken(request.headers), address });
      const result = await handler({
        ctx: { db, actor },
        request,
        params: await context.params,
        body: () => readJson(request),
        url: new URL(request.url),
      });
      const response = result instanceof Response ? result : Response.json(result);
      response.headers.set("Cache-Control", actor ? "private, no-store" : response.headers.get("Cache-Control") ?? "no-store");
      return response;
    } catch (err) {
      return errorResponse(err);
    }
  });
}

/** A handler served without the wrapper (no caller, no rate limit), for an operation that reads no data. */
export function plainRoute(declared: Operation & { callerFree: true }, handler: (request: Request) => Response | Promise<Response>): DeclaredRoute<unknown> {
  return declare(declared, async (request: Request) => handler(request));
}

function declare<P>(declared: Operation | readonly Operation[], handler: (request: Request, context: RouteContext<P>) => Promise<Response>): DeclaredRoute<P> {
  return Object.assign(handler, { operations: Array.isArray(declared) ? declared : [declared as Operation] });
}

/** The caller; a refused credential (401) counts against the address's unauthenticated limit first. */
async function identify(db: Db, request: Request, address: string) {
  try {
    return await actorFromRequest(db, request);
  } catch (err) {
    if (err instanceof Unauthorized) await limitUnauthenticated(db, address);
    throw err;
  }
}

export const created = (data: unknown) => Response.json(data, { status: 201 });
