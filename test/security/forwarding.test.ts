import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain ES module of the server script, typed by its JSDoc
import { believableForwarding } from "../../scripts/forwarding.mjs";

describe("the production server's forwarding headers", () => {
  it("replaces a client's own X-Real-IP and X-Forwarded-* with the socket's address", () => {
    const headers = { "x-real-ip": "1.1.1.1", "x-forwarded-for": "2.2.2.2", "x-forwarded-proto": "https", "x-forwarded-host": "evil.example", host: "nexus.example" };
    expect(believableForwarding(headers, "203.0.113.5", false)).toEqual({ "x-real-ip": "203.0.113.5", host: "nexus.example" });
  });

  it("leaves them as a trusted proxy wrote them", () => {
    const headers = { "x-forwarded-for": "198.51.100.1, 203.0.113.5" };
    expect(believableForwarding({ ...headers }, "10.0.0.2", true)).toEqual(headers);
  });
});
