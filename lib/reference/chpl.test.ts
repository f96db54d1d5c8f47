import { describe, expect, it } from "vitest";
import { chplTierOf, formatHsCode } from "./chpl";

describe("Common High Priority List tiers", () => {
  it.each([
    ["8542.31", "1"], ["854239", "1"], ["8517.62", "2"], ["854800", "2"], ["8541.10", "3.A"],
    ["8482.10", "3.B"], ["8486.20", "4.A"], ["9030.20", "4.A"], ["8457.10", "4.B"], ["8466.93", "4.B"],
  ])("puts %s in tier %s", (code, tier) => expect(chplTierOf(code)).toBe(tier));

  it("leaves codes off the list without a tier", () => {
    expect(chplTierOf("8703.23")).toBeNull();
  });

  it("formats digits as a dotted code", () => {
    expect(formatHsCode("854231")).toBe("8542.31");
    expect(formatHsCode("85423100")).toBe("8542.31.00");
  });
});
