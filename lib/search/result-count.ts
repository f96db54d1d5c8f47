import { SEARCH_TOTAL_CAP, type TotalRelation } from "./types";

/** "No results", "1 result", "42 results", or past the cap "1,000+ results". */
export function resultCount(total: number, relation: TotalRelation): string {
  if (total === 0) return "No results";
  const n = total.toLocaleString("en-US") + (relation === "gte" ? "+" : "");
  return `${n} ${total === 1 && relation === "eq" ? "result" : "results"}`;
}

/** An engine's count, capped: past SEARCH_TOTAL_CAP it answers the cap and "gte". */
export function capTotal(count: number): { total: number; totalRelation: TotalRelation } {
  return count > SEARCH_TOTAL_CAP ? { total: SEARCH_TOTAL_CAP, totalRelation: "gte" } : { total: count, totalRelation: "eq" };
}
