import type { Db } from "@/db/client";
import { hashToken } from "./tokens";
import { hit, RateLimited, type Limit } from "./rate-limit";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

function perMinute(name: string, fallback: number): Limit {
  const value = Number(process.env[name]);
  return { max: Number.isInteger(value) && value > 0 ? value : fallback, windowSeconds: 60 };
}

/**
 * API limits per minute, shared by all app instances (counted in the database):
 * writes per account (session or token), and requests per personal API token.
 * Read per request, so API_WRITES_PER_MINUTE / API_TOKEN_REQUESTS_PER_MINUTE take effect at once.
 */
export const apiLimits = () => ({
  writes: perMinute("API_WRITES_PER_MINUTE", 120),
  token: perMinute("API_TOKEN_REQUESTS_PER_MINUTE", 600),
  anonymous: perMinute("API_ANONYMOUS_WRITES_PER_MINUTE", 60),
});

export type ApiCall = { actorId: string | null; method: string; bearerToken: string | null; address: string };

export const isWrite = (method: string) => !SAFE_METHODS.has(method.toUpperCase());

/**
 * Counts one unauthenticated attempt from an address: a write without a credential, or any
 * request whose credential was refused (a flood of guessed tokens). Throws RateLimited past
 * API_ANONYMOUS_WRITES_PER_MINUTE. Such a request can never succeed, so the limit costs no
 * legitimate caller anything, and it stops one address from making the API do work for free.
 */
export async function limitUnauthenticated(db: Db, address: string): Promise<void> {
  const limit = apiLimits().anonymous;
  const used = await hit(db, `api:anonymous:${address}`, limit);
  if (used.hits > limit.max) throw new RateLimited(used.retryAfterSeconds, "unauthenticated changes from this address");
}

/**
 * Counts one API request and throws RateLimited (429, with Retry-After) past a limit.
 * A refused write counts as well: a flood of bad requests is still a flood.
 * Anonymous writes count per address (limitUnauthenticated), before they are refused with 401.
 */
export async function limitApiCall(db: Db, call: ApiCall): Promise<void> {
  if (!call.actorId) {
    if (isWrite(call.method)) await limitUnauthenticated(db, call.address);
    return;
  }
  const limits = apiLimits();
  if (call.bearerToken) {
    const used = await hit(db, `api:token:${hashToken(call.bearerToken).slice(0, 32)}`, limits.token);
    if (used.hits > limits.token.max) throw new RateLimited(used.retryAfterSeconds, "requests with this API token");
  }
  if (isWrite(call.method)) {
    const used = await hit(db, `api:writes:${call.actorId}`, limits.writes);
    if (used.hits > limits.writes.max) throw new RateLimited(used.retryAfterSeconds, "changes");
  }
}

/** The token of an `Authorization: Bearer …` header, or null. */
export function bearerToken(headers: Headers): string | null {
  return /^Bearer\s+(\S+)$/i.exec(headers.get("authorization") ?? "")?.[1] ?? null;
}
