import { DomainError } from "@/lib/errors";
import { pgErrorCode } from "@/lib/db-errors";

/** The API's one error shape: { error: { code, message, details? } }. */
export function errorJson(status: number, code: string, message: string, details?: unknown, headers?: HeadersInit): Response {
  return Response.json({ error: { code, message, ...(details === undefined ? {} : { details }) } }, { status, headers });
}

const UNAVAILABLE = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "57P01", "57P03", "08000", "08001", "08003", "08006"]);

function isDatabaseDown(err: unknown): boolean {
  const code = pgErrorCode(err) ?? (err as { code?: string })?.code ?? (err as { cause?: { code?: string } })?.cause?.code;
  return typeof code === "string" && UNAVAILABLE.has(code);
}

/** Maps any thrown error to a response: domain errors to their status, a lost database to 503, the rest to 500. */
export function errorResponse(err: unknown): Response {
  if (err instanceof DomainError) {
    const retry = (err.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds;
    return errorJson(err.status, err.code, err.message, err.details, retry ? { "Retry-After": String(retry) } : undefined);
  }
  if (isDatabaseDown(err)) {
    return errorJson(503, "unavailable", "The database is unavailable. Try again shortly.", undefined, { "Retry-After": "5" });
  }
  console.error("[nexus] unexpected error", err);
  return errorJson(500, "internal", "Something went wrong on our side. It has been logged.");
}
