import type { z } from "zod";
import type { Access } from "./access";

/**
 * One documented operation of /api/v1: what the route does, what it takes and answers, and who
 * may call it. Route handlers are bound to theirs (http/api-route.ts), http/openapi/document.ts
 * turns them into the OpenAPI paths, and the authorization matrix reads `access`. Modules under
 * http/operations/ import schemas only, so the browser tests (Playwright) can load them too.
 */
export type Operation = {
  method: "get" | "post";
  /** Path under /api/v1, with {name} for path parameters. */
  path: string;
  access: Access;
  tag: "Entities" | "Claims" | "Sources" | "Review" | "Audit" | "Search" | "Open data" | "Meta";
  summary: string;
  description?: string;
  /** Descriptions of the path parameters, by name. */
  params?: Record<string, string>;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** Success answers, the usual one first; a schema must be one of the registered components. */
  ok: Array<{ status: 200 | 201; description: string; schema?: z.ZodType; /** Other than application/json: the body is a file. */ contentType?: string }>;
  /** Error statuses besides 401 (any call with a bad token) and 429, which every wrapped operation may answer. */
  errors: Array<400 | 403 | 404 | 409 | 413>;
  /** Served without the API wrapper or a look at the caller, so never 401 or 429. */
  callerFree?: boolean;
};
