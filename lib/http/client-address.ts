/**
 * The caller's address for rate limits: the first X-Forwarded-For hop when a
 * trusted proxy sets it (TRUST_PROXY=1), else X-Real-IP, else "local".
 */
export function clientAddress(headers: Headers): string {
  if (process.env.TRUST_PROXY === "1") {
    const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
    if (forwarded) return forwarded.slice(0, 64);
  }
  return headers.get("x-real-ip")?.slice(0, 64) || "local";
}
