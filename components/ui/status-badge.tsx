const STYLES: Record<string, string> = {
  draft: "bg-slate-100 text-slate-700",
  pending: "bg-sky-100 text-sky-800",
  approved: "bg-emerald-100 text-emerald-800",
  rejected: "bg-rose-100 text-rose-800",
  changes_requested: "bg-amber-100 text-amber-900",
  withdrawn: "bg-slate-100 text-slate-500",
  retracted: "bg-rose-50 text-rose-700 line-through",
};

export function StatusBadge({ status }: { status: string }) {
  return (
    <span className={`inline-flex rounded px-1.5 py-0.5 text-xs font-medium ${STYLES[status] ?? STYLES.draft}`}>
      {status.replace("_", " ")}
    </span>
  );
}
