import Link from "next/link";
import { KindBadge, Tag } from "@/components/ui/badge";
import { hitPath, type SearchScope } from "@/lib/search/hit-path";
import type { SearchHit } from "@/lib/search/types";
import { HighlightedSnippet } from "./highlighted-snippet";

/** The full results list: what each hit is, where it leads, and the words that matched. */
export function SearchHitList({ hits, scope }: { hits: SearchHit[]; scope: SearchScope }) {
  return (
    <ol className="divide-y divide-line rounded-lg border border-line bg-white">
      {hits.map((hit) => (
        <li key={`${hit.type}-${hit.id}`} className="p-4">
          <div className="flex flex-wrap items-center gap-2 text-xs text-muted">
            {hit.type === "entity" && hit.kind ? <KindBadge kind={hit.kind} /> : <Tag>{hit.type === "claim" ? "Claim" : "Source"}</Tag>}
            {hit.type === "claim" && hit.subtitle && <span>about {hit.subtitle}</span>}
            {hit.type === "source" && hit.subtitle && <span>{hit.subtitle}</span>}
          </div>
          {hit.type === "claim" ? (
            <p className="mt-1 font-serif text-base leading-relaxed">
              <Link href={hitPath(hit, scope)} className="text-ink no-underline hover:text-accent hover:underline">
                <HighlightedSnippet snippet={hit.snippet || hit.title} />
              </Link>
            </p>
          ) : (
            <>
              <h3 className="mt-1 text-base font-semibold">
                <Link href={hitPath(hit, scope)} className="text-ink no-underline hover:text-accent hover:underline">
                  {hit.title}
                </Link>
              </h3>
              {hit.snippet && <HighlightedSnippet snippet={hit.snippet} className="mt-1 line-clamp-3 block text-sm text-muted" />}
            </>
          )}
        </li>
      ))}
    </ol>
  );
}
