import Link from "next/link";
import { ConfidenceBadge } from "@/components/ui/badge";
import type { ClaimView } from "@/lib/claims/queries";
import type { EntityRef } from "@/lib/entities/titles";
import { entityPath } from "@/lib/entities/sections";

/** One claim in a list elsewhere than its entity page: statement, subject, confidence, number of sources. */
export function ClaimSummary({ claim, subject }: { claim: ClaimView; subject: EntityRef | null }) {
  return (
    <article className="rounded-lg border border-line bg-white p-4">
      <p className="font-serif leading-relaxed">{claim.statement}</p>
      <div className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted">
        <ConfidenceBadge confidence={claim.confidence} />
        {subject && (
          <Link href={`${entityPath(subject)}#claim-${claim.id}`}>{subject.title}</Link>
        )}
        <span>
          {claim.citations.length} {claim.citations.length === 1 ? "source" : "sources"}
        </span>
      </div>
    </article>
  );
}
