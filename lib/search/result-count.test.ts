import { describe, expect, it } from "vitest";
import { capTotal, resultCount } from "./result-count";

describe("capped result counts", () => {
  it("keeps a count up to 1,000 exact and says 'at least 1,000' past it", () => {
    expect(capTotal(0)).toEqual({ total: 0, totalRelation: "eq" });
    expect(capTotal(1000)).toEqual({ total: 1000, totalRelation: "eq" });
    expect(capTotal(1001)).toEqual({ total: 1000, totalRelation: "gte" });
    expect(capTotal(48_213)).toEqual({ total: 1000, totalRelation: "gte" });
  });

  it("reads as a reader expects", () => {
    const { total, totalRelation } = capTotal(48_213);
    expect(resultCount(total, totalRelation)).toBe("1,000+ results");
    expect(resultCount(2, "eq")).toBe("2 results");
  });
});
