import type { ClaimGroup } from "@/lib/claims/groups";
import type { Footnotes } from "@/lib/entities/footnotes";
import { ClaimList } from "./claim-list";

/** An entity page's claims under one heading per predicate, each with its confidence and footnote numbers. */
export function ClaimGroups({ groups, footnotes }: { groups: ClaimGroup[]; footnotes: Footnotes }) {
  if (groups.length === 0) return <p className="text-muted">No claim about this page has been published yet.</p>;
  return (
    <div className="space-y-8">
      {groups.map((group) => {
        const id = `claims-${group.predicate ?? "plain"}`;
        return (
          <section key={id} aria-labelledby={id}>
            <h3 id={id} className="mb-3 text-base font-semibold text-muted">
              {group.heading} <span className="font-normal">({group.claims.length})</span>
            </h3>
            <ClaimList claims={group.claims} footnotes={footnotes} />
          </section>
        );
      })}
    </div>
  );
}
