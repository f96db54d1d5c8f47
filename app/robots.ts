import type { MetadataRoute } from "next";
import { pageOrigin } from "@/app/_server/site-url";

// Built per request from the live data (and the request's host), never at build time.
export const dynamic = "force-dynamic";

/** Crawl the public edition; keep out of the workspace, sign-in and the API (the data downloads are linked from /data). */
export default async function robots(): Promise<MetadataRoute.Robots> {
  const origin = await pageOrigin();
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: ["/workspace", "/signin", "/api/", "/r/"] }],
    sitemap: `${origin}/sitemap.xml`,
  };
}
