import type { ClaimValue, Period } from "@/lib/claims/schema";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "3 May 2024", "May 2024" or "2024", as much as the precision says is known. */
export function formatDate(date: string | null | undefined, precision: "day" | "month" | "year" = "day"): string {
  if (!date) return "";
  const [y, m, d] = date.slice(0, 10).split("-");
  if (precision === "year" || !m) return y ?? "";
  const month = MONTHS[Number(m) - 1] ?? m;
  if (precision === "month" || !d) return `${month} ${y}`;
  return `${Number(d)} ${month} ${y}`;
}

export function formatPeriod(period: Period | null | undefined): string {
  if (!period) return "";
  const start = period.start ? formatDate(period.start.date, period.start.precision) : "";
  const end = period.end ? formatDate(period.end.date, period.end.precision) : "";
  if (start && end) return start === end ? start : `${start} – ${end}`;
  if (start) return `from ${start}`;
  return `until ${end}`;
}

export function formatValue(value: ClaimValue | null | undefined): string {
  if (!value) return "";
  if ("amount" in value) {
    try {
      return new Intl.NumberFormat("en", { style: "currency", currency: value.currency, maximumFractionDigits: 0 }).format(value.amount);
    } catch {
      return `${value.amount.toLocaleString("en")} ${value.currency}`;
    }
  }
  return `${value.quantity.toLocaleString("en")} ${value.unit}`;
}

/** A timestamp as a short UTC date, the same on server and client. */
export function formatTimestamp(iso: string | null | undefined): string {
  return iso ? formatDate(iso.slice(0, 10)) : "";
}
