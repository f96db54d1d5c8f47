import normalizeUrl from "normalize-url";

/**
 * The dedup key of a source: one document, however its URL was pasted.
 * Lower-case host, no "www.", no fragment, no tracking parameters, sorted query,
 * no trailing slash; the scheme is kept (http and https may differ in content).
 */
export function normalizeSourceUrl(url: string): string {
  return normalizeUrl(url.trim(), {
    stripHash: true,
    stripWWW: true,
    removeTrailingSlash: true,
    removeQueryParameters: [/^utm_\w+/i, "fbclid", "gclid", "ref"],
    sortQueryParameters: true,
    stripTextFragment: true,
  });
}
