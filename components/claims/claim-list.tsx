import Link from "next/link";
import { ConfidenceBadge } from "@/components/ui/badge";
import type { ClaimView } from "@/lib/claims/queries";
import { PREDICATE_LABELS } from "@/lib/claims/schema";
import { entityPath } from "@/lib/entities/sections";
import type { Footnotes } from "@/lib/entities/footnotes";
import { formatPeriod, formatValue } from "@/lib/format";

/** The claims of an entity page, each with its confidence, relation, period, value and footnote numbers. */
export function ClaimList({ claims, footnotes }: { claims: ClaimView[]; footnotes: Footnotes }) {
  if (claims.length === 0) return <p className="text-muted">No claim about this page has been published yet.</p>;
  return (
    <ol className="space-y-4">
      {claims.map((claim) => (
        <li key={claim.id} id={`claim-${claim.id}`} className="scroll-mt-6 rounded-lg border border-line bg-white p-4">
          <p className="font-serif text-[1.05rem] leading-relaxed">
            {claim.statement}
            {footnotes.byClaim.get(claim.id)?.map((n) => (
              <sup key={n} className="ml-0.5 font-sans text-xs">
                <a href={`#fn-${n}`} id={`ref-${n}`} aria-label={`Source ${n}`}>[{n}]</a>
              </sup>
            ))}
          </p>
          <div className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted">
            <ConfidenceBadge confidence={claim.confidence} />
            {claim.predicate && claim.object && (
              <span>
                {PREDICATE_LABELS[claim.predicate]} <Link href={entityPath(claim.object)}>{claim.object.title}</Link>
              </span>
            )}
            {claim.period && <span>{formatPeriod(claim.period)}</span>}
            {claim.value && <span className="tabular-nums">{formatValue(claim.value)}</span>}
          </div>
        </li>
      ))}
    </ol>
  );
}
