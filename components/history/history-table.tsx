import type { ReactNode } from "react";
import { StatusBadge } from "@/components/ui/status-badge";

export type HistoryRow = { id: string; number: number; status: string; authorName: string; createdAt: string; summary: string };

const time = (iso: string) => iso.slice(0, 16).replace("T", " ") + " UTC";

/** Revisions newest first, with From/To choices for a comparison (a plain GET form: works without JavaScript). */
export function HistoryTable({ rows, fromId, toId, restore }: { rows: HistoryRow[]; fromId: string; toId: string; restore: (row: HistoryRow, index: number) => ReactNode }) {
  return (
    <form method="get" className="relative overflow-x-auto rounded-lg border border-line bg-white">
      <table className="w-full text-sm">
        <caption className="sr-only">Revisions, newest first; choose two to compare</caption>
        <thead className="bg-slate-50 text-left text-xs uppercase tracking-wide text-muted">
          <tr><th className="px-3 py-2">From</th><th className="px-3 py-2">To</th><th className="px-3 py-2">Revision</th><th className="px-3 py-2">State</th><th className="px-3 py-2">Author</th><th className="px-3 py-2">Saved</th><th className="px-3 py-2">Summary</th><th className="px-3 py-2"><span className="sr-only">Restore</span></th></tr>
        </thead>
        <tbody className="divide-y divide-line">
          {rows.map((r, i) => (
            <tr key={r.id}>
              <td className="px-3 py-2"><input type="radio" name="from" value={r.id} defaultChecked={r.id === fromId} aria-label={`Compare from revision ${r.number}`} /></td>
              <td className="px-3 py-2"><input type="radio" name="to" value={r.id} defaultChecked={r.id === toId} aria-label={`Compare to revision ${r.number}`} /></td>
              <td className="px-3 py-2 font-medium">{r.number}</td>
              <td className="px-3 py-2"><StatusBadge status={r.status} /></td>
              <td className="px-3 py-2">{r.authorName}</td>
              <td className="whitespace-nowrap px-3 py-2 text-muted"><time dateTime={r.createdAt}>{time(r.createdAt)}</time></td>
              <td className="px-3 py-2">{r.summary}</td>
              <td className="px-3 py-2">{restore(r, i)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="border-t border-line p-3"><button type="submit" className="rounded-md border border-line px-3 py-1.5 text-sm font-medium hover:bg-slate-50">Compare</button></div>
    </form>
  );
}

/** The pair to compare: the chosen ones, else the newest against the one before it. */
export function chosenPair<T extends { id: string; number: number }>(rows: T[], q: { from?: string; to?: string }): { from: T; to: T } {
  const to = rows.find((r) => r.id === q.to) ?? rows[0]!;
  const from = rows.find((r) => r.id === q.from) ?? rows.find((r) => r.number < to.number) ?? to;
  return { from, to };
}
