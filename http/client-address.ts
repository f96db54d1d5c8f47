/**
 * The caller's address for rate limits.
 * - Served by scripts/server.mjs: X-Real-IP is the socket's address (the server drops whatever
 *   forwarding headers a client sent).
 * - With TRUST_PROXY=1 (a reverse proxy in front, which the server then believes): the last
 *   X-Forwarded-For hop, the one that proxy appended (earlier hops are the client's word), else
 *   X-Real-IP as the proxy set it.
 * "local" when there is neither (route handlers called in-process, in tests).
 */
export function clientAddress(headers: Headers): string {
  if (process.env.TRUST_PROXY === "1") {
    const hops = headers.get("x-forwarded-for")?.split(",").map((h) => h.trim()).filter(Boolean) ?? [];
    if (hops.length) return hops[hops.length - 1]!.slice(0, 64);
  }
  return headers.get("x-real-ip")?.trim().slice(0, 64) || "local";
}
