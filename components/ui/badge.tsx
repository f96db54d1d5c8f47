import type { Confidence } from "@/lib/claims/schema";

const CONFIDENCE_STYLES: Record<Confidence, string> = {
  confirmed: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  probable: "bg-sky-50 text-sky-800 ring-sky-200",
  alleged: "bg-amber-50 text-amber-900 ring-amber-200",
  disputed: "bg-rose-50 text-rose-800 ring-rose-200",
};

export function ConfidenceBadge({ confidence }: { confidence: Confidence }) {
  return (
    <span className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${CONFIDENCE_STYLES[confidence]}`}>
      {confidence}
    </span>
  );
}

export function Tag({ children }: { children: React.ReactNode }) {
  return (
    <span className="inline-flex items-center rounded bg-slate-100 px-1.5 py-0.5 text-xs font-medium text-slate-700">{children}</span>
  );
}

const KIND_STYLES = { firm: "text-indigo-700 bg-indigo-50", route: "text-teal-800 bg-teal-50", technology: "text-fuchsia-800 bg-fuchsia-50" };

export function KindBadge({ kind }: { kind: "firm" | "route" | "technology" }) {
  return <span className={`rounded px-1.5 py-0.5 text-xs font-semibold uppercase tracking-wide ${KIND_STYLES[kind]}`}>{kind}</span>;
}
