import type { TotalRelation } from "./types";

/** "No results", "1 result", "42 results", or past the cap "1,000+ results". */
export function resultCount(total: number, relation: TotalRelation): string {
  if (total === 0) return "No results";
  const n = total.toLocaleString("en-US") + (relation === "gte" ? "+" : "");
  return `${n} ${total === 1 && relation === "eq" ? "result" : "results"}`;
}
