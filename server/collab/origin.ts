import "server-only";
import type { IncomingHttpHeaders } from "node:http";
import { siteOrigin } from "@/http/site-origin";

/**
 * A browser always sends Origin with a WebSocket upgrade, and with it the session cookie: a page of
 * another site must not open a co-editing connection in its visitor's name. Scripts send no Origin
 * and authenticate with a personal API token instead.
 */
export function allowedOrigin(headers: IncomingHttpHeaders): boolean {
  const origin = headers.origin;
  if (!origin) return true;
  const site = siteOrigin(new Headers(Object.entries(headers).flatMap(([k, v]) => (typeof v === "string" ? [[k, v] as [string, string]] : []))));
  try {
    return new URL(origin).origin === site;
  } catch {
    return false;
  }
}
