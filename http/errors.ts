import { DomainError } from "@/lib/errors";
import { pgErrorCode } from "@/lib/db-errors";

/** The API's one error shape: { error: { code, message, details? } }. */
export function errorJson(status: number, code: string, message: string, details?: unknown, headers?: HeadersInit): Response {
  return Response.json({ error: { code, message, ...(details === undefined ? {} : { details }) } }, { status, headers });
}

// Socket errors, postgres.js's own connection codes, and SQLSTATEs of a server shutting down or unreachable.
const UNAVAILABLE = new Set([
  "ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "EHOSTUNREACH",
  "CONNECTION_CLOSED", "CONNECTION_ENDED", "CONNECTION_DESTROYED", "CONNECT_TIMEOUT",
  "57P01", "57P02", "57P03", "08000", "08001", "08003", "08006",
]);

function isDatabaseDown(err: unknown): boolean {
  const code = pgErrorCode(err) ?? (err as { code?: string })?.code ?? (err as { cause?: { code?: string } })?.cause?.code;
  return typeof code === "string" && UNAVAILABLE.has(code);
}

/**
 * SQLSTATE class 22 (data exception) means a value the database cannot take, such as a
 * NUL character in text or JSON, which zod lets through: bad input, so 400 and never 500.
 */
function isDataException(err: unknown): boolean {
  return pgErrorCode(err)?.startsWith("22") ?? false;
}

/** Maps any thrown error to a response: domain errors to their status, a lost database to 503, the rest to 500. */
export function errorResponse(err: unknown): Response {
  if (err instanceof DomainError) {
    const retry = (err.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds;
    return errorJson(err.status, err.code, err.message, err.details, retry ? { "Retry-After": String(retry) } : undefined);
  }
  if (isDataException(err)) {
    return errorJson(400, "invalid_input", "The request holds a value the database cannot store, such as a NUL character.");
  }
  if (isDatabaseDown(err)) {
    return errorJson(503, "unavailable", "The database is unavailable. Try again shortly.", undefined, { "Retry-After": "5" });
  }
  console.error("[nexus] unexpected error", err);
  return errorJson(500, "internal", "Something went wrong on our side. It has been logged.");
}
