import type { Operation } from "@/http/operation";

/** About the API itself. */
export const metaOperations = {
  openapi: {
    method: "get", path: "/openapi.json", access: "anyone", tag: "Meta", summary: "This document",
    ok: [{ status: 200, description: "The OpenAPI 3.1 document." }],
    errors: [], callerFree: true,
  },
} satisfies Record<string, Operation>;
