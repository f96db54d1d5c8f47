/**
 * The browser-facing security headers of every response, in one place (proxy.ts applies them).
 * Pages get a Content-Security-Policy with a fresh nonce per request: Next reads the nonce from
 * the request's CSP header and puts it on its own scripts, and 'strict-dynamic' lets only those
 * scripts (and what they load) run, so an injected <script> or event handler attribute never does.
 */

/** Headers for every response, pages and API alike. */
export const STATIC_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
  // For browsers without CSP frame-ancestors.
  "X-Frame-Options": "DENY",
  "Cross-Origin-Opener-Policy": "same-origin",
};

/** A fresh, unguessable nonce: 128 random bits, base64. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

export type CspOptions = { nonce: string; dev?: boolean; https?: boolean };

/**
 * The page policy. Styles allow 'unsafe-inline' (and so carry no nonce, which would disable it):
 * server-rendered style attributes and the editor need it, and a style cannot run code.
 */
export function pageCsp({ nonce, dev = false, https = false }: CspOptions): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? " ws: wss:" : ""}`,
    // The graph's layout (graphology ForceAtlas2) runs in a worker made from a blob by a script that already runs.
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** JSON and file answers are never rendered as a document: nothing may load or frame them. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'; sandbox";
