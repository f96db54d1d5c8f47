import Link from "next/link";
import { KindBadge } from "@/components/ui/badge";
import type { EntitySummary } from "@/lib/entities/queries";
import { entityPath } from "@/lib/entities/sections";
import { countryName } from "@/lib/reference/countries";

export function EntityCard({ entity }: { entity: EntitySummary }) {
  const otherNames = entity.aliases.slice(0, 3).map((a) => a.name);
  return (
    <article className="rounded-lg border border-line bg-white p-4 transition hover:border-accent/50">
      <div className="flex flex-wrap items-center gap-2">
        <KindBadge kind={entity.kind} />
        {entity.country && <span className="text-xs text-muted">{countryName(entity.country)}</span>}
      </div>
      <h3 className="mt-1 text-base font-semibold">
        <Link href={entityPath(entity)} className="text-ink no-underline hover:text-accent hover:underline">
          {entity.title}
        </Link>
      </h3>
      {otherNames.length > 0 && <p className="mt-0.5 truncate text-sm text-muted">{otherNames.join(" · ")}</p>}
    </article>
  );
}
