import type { Change } from "@/lib/review/diff";

/** Word-level changes, field by field: removed words struck through in red, added ones in green. */
export function DiffView({ changes, comparedTo }: { changes: Change[]; comparedTo: string | null }) {
  if (changes.length === 0) return <p className="text-sm text-muted">No changes against {comparedTo ?? "the published version"}.</p>;
  return (
    <dl className="space-y-3 text-sm">
      {changes.map((c) => (
        <div key={c.key}>
          <dt className="font-medium text-muted">{c.label}</dt>
          <dd className="mt-0.5 whitespace-pre-wrap rounded border border-line bg-white p-2 font-serif leading-relaxed">
            {c.parts.map((p, i) =>
              p.added ? (
                <ins key={i} className="bg-emerald-100 text-emerald-900 no-underline">{p.value}</ins>
              ) : p.removed ? (
                <del key={i} className="bg-rose-100 text-rose-900">{p.value}</del>
              ) : (
                <span key={i}>{p.value}</span>
              ),
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
