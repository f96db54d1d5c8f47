import { headers } from "next/headers";
import { siteOrigin } from "@/lib/http/site-origin";

/** The site's public origin for the page being rendered (see lib/http/site-origin.ts). */
export async function pageOrigin(): Promise<string> {
  return siteOrigin(await headers());
}
