import type { Period } from "@/lib/claims/schema";

/** A claim's date as precise as it is known: "2023", "2023-05" or "2023-05-03" (ISO 8601 prefixes, as FtM reads them). */
export function partialDate(point: Period["start"]): string {
  if (!point) return "";
  return point.precision === "year" ? point.date.slice(0, 4) : point.precision === "month" ? point.date.slice(0, 7) : point.date;
}
