import { describe, expect, it } from "vitest";
import { siteOrigin } from "./site-origin";

const headers = (h: Record<string, string>) => new Headers(h);

describe("the site's public origin", () => {
  it("is SITE_URL when set", () => {
    expect(siteOrigin(headers({ host: "internal:3000" }), undefined, { SITE_URL: "https://nexus.example.org/some/path" })).toBe("https://nexus.example.org");
  });

  it("is the Host of the request otherwise", () => {
    expect(siteOrigin(headers({ host: "localhost:3100" }), undefined, {})).toBe("http://localhost:3100");
    expect(siteOrigin(headers({}), "https://api.example.org/api/v1/export/claims.csv", {})).toBe("https://api.example.org");
  });

  it("believes forwarded headers only behind a trusted proxy", () => {
    const forwarded = headers({ host: "app:3000", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" });
    expect(siteOrigin(forwarded, undefined, {})).toBe("http://app:3000");
    expect(siteOrigin(forwarded, undefined, { TRUST_PROXY: "1" })).toBe("https://evil.example");
  });
});
