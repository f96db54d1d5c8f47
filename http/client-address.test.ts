import { afterEach, describe, expect, it, vi } from "vitest";
import { clientAddress } from "./client-address";

afterEach(() => vi.unstubAllEnvs());
const headers = (h: Record<string, string>) => new Headers(h);

describe("the caller's address for rate limits", () => {
  it("is X-Real-IP, which the server sets from the socket", () => {
    expect(clientAddress(headers({ "x-real-ip": "198.51.100.4", "x-forwarded-for": "10.9.9.9" }))).toBe("198.51.100.4");
    expect(clientAddress(headers({}))).toBe("local");
  });

  it("behind a trusted proxy, is the hop the proxy appended, not one the client wrote", () => {
    vi.stubEnv("TRUST_PROXY", "1");
    expect(clientAddress(headers({ "x-forwarded-for": "1.2.3.4, 203.0.113.9", "x-real-ip": "1.2.3.4" }))).toBe("203.0.113.9");
    expect(clientAddress(headers({ "x-real-ip": "203.0.113.10" }))).toBe("203.0.113.10");
  });
});
