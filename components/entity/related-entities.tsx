import Link from "next/link";
import { ConfidenceBadge, KindBadge } from "@/components/ui/badge";
import { INVERSE_PREDICATE_LABELS } from "@/lib/claims/groups";
import { PREDICATE_LABELS } from "@/lib/claims/schema";
import type { Relation } from "@/lib/entities/related";
import { entityPath } from "@/lib/entities/sections";

/**
 * Entities linked to this one by published claims, in both directions, grouped by how
 * they relate ("supplies", "supplied by" …). Each links to the claim that says so: on
 * this page for its own claims, on the other page for claims made there.
 */
export function RelatedEntities({ relations }: { relations: Relation[] }) {
  if (relations.length === 0) return <p className="text-sm text-muted">No published claim links this page to another one yet.</p>;
  const groups = new Map<string, Relation[]>();
  for (const r of relations) {
    const label = r.direction === "out" ? PREDICATE_LABELS[r.predicate] : INVERSE_PREDICATE_LABELS[r.predicate];
    groups.set(label, [...(groups.get(label) ?? []), r]);
  }
  return (
    <dl className="space-y-4 text-sm">
      {[...groups].map(([label, rows]) => (
        <div key={label}>
          <dt className="font-semibold text-muted first-letter:uppercase">{label}</dt>
          <dd>
            <ul className="mt-1 space-y-1.5">
              {rows.map((r) => {
                const claimHref = r.direction === "out" ? `#claim-${r.claimIds[0]}` : `${entityPath(r.entity)}#claim-${r.claimIds[0]}`;
                return (
                  <li key={`${r.direction}-${r.predicate}-${r.entity.id}`} className="flex flex-wrap items-center gap-2">
                    <KindBadge kind={r.entity.kind} />
                    <Link href={entityPath(r.entity)} className="font-medium">{r.entity.title}</Link>
                    <ConfidenceBadge confidence={r.confidence} />
                    <a href={claimHref} className="text-xs text-muted">
                      {r.claimIds.length === 1 ? "the claim" : `${r.claimIds.length} claims`}
                    </a>
                  </li>
                );
              })}
            </ul>
          </dd>
        </div>
      ))}
    </dl>
  );
}
