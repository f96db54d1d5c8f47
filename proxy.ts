import { NextResponse, type NextRequest } from "next/server";
import { API_CSP, createNonce, pageCsp, STATIC_SECURITY_HEADERS } from "@/http/security-headers";

/**
 * Security headers on every response (http/security-headers.ts). A page request gets a
 * nonce-based Content-Security-Policy, set on the request too: Next reads the nonce from it
 * and adds it to its own scripts while rendering (the pages are dynamic, so every render has one).
 */
export function proxy(request: NextRequest): NextResponse {
  const https = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  // The JSON API is never a document; Auth.js's own pages under /api/auth are, and keep the page policy.
  const isApi = request.nextUrl.pathname.startsWith("/api/v1/");
  const csp = isApi ? API_CSP : pageCsp({ nonce: createNonce(), dev: process.env.NODE_ENV === "development", https });

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of Object.entries(STATIC_SECURITY_HEADERS)) response.headers.set(name, value);
  if (https) response.headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  return response;
}

export const config = {
  // Static build files are immutable and hold no user data; everything else gets the headers.
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
