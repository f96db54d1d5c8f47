import { ClaimList } from "@/components/claims/claim-list";
import { FootnoteList } from "@/components/claims/footnote-list";
import { RenderBody } from "@/components/body/render-body";
import { KindBadge } from "@/components/ui/badge";
import type { EntityView } from "@/lib/entities/queries";
import { buildFootnotes } from "@/lib/entities/footnotes";
import { formatTimestamp } from "@/lib/format";
import { Infobox } from "./infobox";

/** A published entity page: title and names, infobox, body, claims with footnoted citations. */
export function EntityPage({ entity }: { entity: EntityView }) {
  const footnotes = buildFootnotes(entity.claims);
  return (
    <article className="grid gap-8 lg:grid-cols-[1fr_20rem]">
      <header className="lg:col-span-2">
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
        <p className="mt-2 text-sm text-muted">
          Revision {entity.revision.number}, published {formatTimestamp(entity.publishedAt)}
        </p>
      </header>

      <aside aria-label="Facts" className="h-fit rounded-lg border border-line bg-white p-4 lg:order-2">
        <h2 className="mb-2 text-sm font-semibold uppercase tracking-wide text-muted">Facts</h2>
        <Infobox kind={entity.kind} fields={entity.fields} />
      </aside>

      <div className="min-w-0 space-y-10 lg:order-1">
        {entity.body && entity.body.content.length > 0 && <RenderBody doc={entity.body} footnotes={footnotes} />}
        <section aria-labelledby="claims">
          <h2 id="claims" className="mb-4 text-xl font-semibold">Claims</h2>
          <ClaimList claims={entity.claims} footnotes={footnotes} />
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
