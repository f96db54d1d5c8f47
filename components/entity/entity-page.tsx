import Link from "next/link";
import { ClaimGroups } from "@/components/claims/claim-groups";
import { FootnoteList } from "@/components/claims/footnote-list";
import { RenderBody } from "@/components/body/render-body";
import { RelationshipGraph } from "@/components/graph/relationship-graph";
import { KindBadge } from "@/components/ui/badge";
import { groupClaims } from "@/lib/claims/groups";
import { PREDICATE_LABELS } from "@/lib/claims/schema";
import { buildFootnotes } from "@/lib/entities/footnotes";
import { entityPath } from "@/lib/entities/sections";
import { formatTimestamp } from "@/lib/format";
import type { PublicEntityPage } from "@/lib/public/reads";
import { CiteThisPage } from "./cite-this-page";
import { Infobox } from "./infobox";
import { RelatedEntities } from "./related-entities";
import { ReviewNote } from "./review-note";

/**
 * A published entity page: title and names, infobox, body, claims grouped by predicate
 * with footnoted citations, connections (a small graph and the list of related pages),
 * review facts and a way to cite the revision shown.
 */
export function EntityPage({ page, origin, accessed }: { page: PublicEntityPage; origin: string; accessed: Date }) {
  const { entity, snapshot, relations, review, graph } = page;
  const groups = groupClaims(entity.claims);
  // Numbered in the order the groups show them, so footnote numbers rise down the page.
  const footnotes = buildFootnotes(groups.flatMap((g) => g.claims));
  return (
    <article className="grid gap-8 lg:grid-cols-[1fr_20rem]">
      <header className="lg:col-span-2">
        {snapshot && <SnapshotNote page={page} />}
        <KindBadge kind={entity.kind} />
        <h1 className="mt-2 text-3xl font-semibold tracking-tight sm:text-4xl">{entity.title}</h1>
        {entity.aliases.length > 0 && (
          <p className="mt-2 text-muted">
            Also known as{" "}
            {entity.aliases.map((a, i) => (
              <span key={i}>
                {i > 0 && " · "}
                <span lang={a.lang} className="text-ink">{a.name}</span>
                {a.lang && <span className="text-xs"> ({a.lang})</span>}
              </span>
            ))}
          </p>
        )}
        <p className="mt-2 flex flex-wrap gap-x-3 gap-y-1 text-sm text-muted">
          <span>Revision {entity.revision.number}, published {formatTimestamp(entity.publishedAt)}</span>
          <ReviewNote review={review} />
        </p>
      </header>

      <aside aria-label="Facts" className="h-fit min-w-0 space-y-4 lg:order-2">
        <div className="rounded-lg border border-line bg-white p-4">
          <h2 className="mb-2 text-sm font-semibold uppercase tracking-wide text-muted">Facts</h2>
          <Infobox kind={entity.kind} fields={entity.fields} />
        </div>
        <CiteThisPage page={entity} origin={origin} accessed={accessed} />
      </aside>

      <div className="min-w-0 space-y-10 lg:order-1">
        {entity.body && entity.body.content.length > 0 && <RenderBody doc={entity.body} footnotes={footnotes} />}
        <section aria-labelledby="claims">
          <h2 id="claims" className="mb-4 text-xl font-semibold">Claims</h2>
          <ClaimGroups groups={groups} footnotes={footnotes} />
        </section>
        <section aria-labelledby="connections">
          <h2 id="connections" className="mb-4 text-xl font-semibold">Connections</h2>
          <div className="space-y-6">
            <RelatedEntities relations={relations} />
            {graph.edges.length > 0 && (
              <RelationshipGraph
                data={graph}
                focusId={entity.id}
                edgeLabels={PREDICATE_LABELS}
                className="h-80"
                label={`${entity.title} and the ${graph.nodes.length - 1} pages linked to it; the list above names them.`}
              />
            )}
          </div>
          <p className="mt-3 text-sm"><Link href="/graph">Explore the whole graph →</Link></p>
        </section>
        {footnotes.notes.length > 0 && (
          <section aria-labelledby="sources">
            <h2 id="sources" className="mb-4 text-xl font-semibold">Sources</h2>
            <FootnoteList notes={footnotes.notes} />
          </section>
        )}
      </div>
    </article>
  );
}

function SnapshotNote({ page }: { page: PublicEntityPage }) {
  const { entity, snapshot } = page;
  if (!snapshot) return null;
  return (
    <p role="note" className="mb-4 rounded-md border border-sky-200 bg-sky-50 px-4 py-3 text-sm text-sky-900">
      You are reading revision {entity.revision.number} of this page as it was published
      {snapshot.supersededAt && <> until {formatTimestamp(snapshot.supersededAt)}</>}, with the claims published then
      (claims retracted since are left out). <Link href={entityPath(entity)}>Read the current version (revision {snapshot.current.number})</Link>.
    </p>
  );
}
