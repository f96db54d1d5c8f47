import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { proxy } from "@/proxy";

const nonceOf = (csp: string | null) => /'nonce-([^']+)'/.exec(csp ?? "")?.[1];

describe("security headers (proxy.ts)", () => {
  it("gives every page a fresh nonce-based CSP, also on the request so Next puts the nonce on its scripts", () => {
    const first = proxy(new NextRequest("http://localhost/firms"));
    const second = proxy(new NextRequest("http://localhost/firms"));
    const csp = first.headers.get("content-security-policy");
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}' 'strict-dynamic'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(nonceOf(csp)).not.toBe(nonceOf(second.headers.get("content-security-policy")));
    // NextResponse.next({ request: { headers } }) forwards request headers this way.
    expect(first.headers.get("x-middleware-request-content-security-policy")).toBe(csp);
  });

  it("sets nosniff, a referrer policy, a permissions policy and refuses framing", () => {
    const response = proxy(new NextRequest("http://localhost/"));
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(response.headers.get("permissions-policy")).toContain("camera=()");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
  });

  it("locks API answers down completely and adds HSTS and upgrade-insecure-requests only behind https", () => {
    const api = proxy(new NextRequest("http://localhost/api/v1/entities"));
    expect(api.headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'; sandbox");
    expect(api.headers.get("x-content-type-options")).toBe("nosniff");
    expect(api.headers.get("strict-transport-security")).toBeNull();

    const secure = proxy(new NextRequest("http://app.internal/", { headers: { "x-forwarded-proto": "https" } }));
    expect(secure.headers.get("strict-transport-security")).toContain("max-age=");
    expect(secure.headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
  });
});
