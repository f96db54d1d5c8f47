import { describe, expect, it } from "vitest";
import { errorResponse } from "./errors";

/** How Drizzle wraps a driver error: the driver's error is the cause. */
const wrapped = (cause: Error & { code?: string }) => Object.assign(new Error("Failed query: select 1"), { cause });
const driverError = (code: string) => Object.assign(new Error(`write ${code} 127.0.0.1:5432`), { code });

describe("errorResponse for a lost database", () => {
  it.each(["CONNECTION_CLOSED", "CONNECTION_ENDED", "CONNECTION_DESTROYED", "CONNECT_TIMEOUT", "ECONNREFUSED", "ECONNRESET", "57P01"])(
    "answers 503 with Retry-After for %s, also when wrapped by Drizzle",
    async (code) => {
      for (const err of [driverError(code), wrapped(driverError(code))]) {
        const response = errorResponse(err);
        expect(response.status).toBe(503);
        expect(response.headers.get("retry-after")).toBe("5");
        expect(await response.json()).toMatchObject({ error: { code: "unavailable" } });
      }
    },
  );

  it("still answers 500 for an error that is not about the connection", () => {
    const original = console.error;
    console.error = () => {};
    try {
      expect(errorResponse(new Error("boom")).status).toBe(500);
    } finally {
      console.error = original;
    }
  });
});
