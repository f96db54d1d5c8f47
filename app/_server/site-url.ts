import { headers } from "next/headers";
import { siteOrigin } from "@/http/site-origin";

/** The site's public origin for the page being rendered (see http/site-origin.ts). */
export async function pageOrigin(): Promise<string> {
  return siteOrigin(await headers());
}
