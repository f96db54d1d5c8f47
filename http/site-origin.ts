/**
 * The public origin of the site (scheme, host, port), for canonical URLs, the sitemap
 * and the permalinks inside exports. SITE_URL wins when set, as it should behind a
 * proxy or CDN. Otherwise the request's Host names it; X-Forwarded-Host and
 * X-Forwarded-Proto count only behind a trusted proxy (TRUST_PROXY=1), as for rate limits;
 * without a Host header, the request URL's own origin.
 */
export function siteOrigin(headers: Headers, requestUrl?: string, env: Partial<Record<string, string>> = process.env): string {
  const configured = env.SITE_URL?.trim();
  if (configured) {
    try {
      return new URL(configured).origin;
    } catch {
      // An unusable SITE_URL falls back to the request, rather than breaking every page.
    }
  }
  const trusted = env.TRUST_PROXY === "1";
  const fromUrl = requestUrl ? new URL(requestUrl) : null;
  const host = (trusted && firstValue(headers.get("x-forwarded-host"))) || headers.get("host") || fromUrl?.host || "localhost:3000";
  const proto = (trusted && firstValue(headers.get("x-forwarded-proto"))) || fromUrl?.protocol.replace(":", "") || "http";
  const origin = `${proto === "https" ? "https" : "http"}://${host}`;
  try {
    return new URL(origin).origin;
  } catch {
    return "http://localhost:3000";
  }
}

function firstValue(header: string | null): string | undefined {
  return header?.split(",")[0]?.trim() || undefined;
}
