import { CopyButton } from "@/components/ui/copy-button";
import { citationBibtex, citationText, permalinkPath, type CitablePage } from "@/lib/entities/citation";

/**
 * "Cite this page": the permalink of the revision shown (it keeps showing that revision
 * after the page changes) and a ready-made citation, as text and as BibTeX. A native
 * <details>, so it opens without JavaScript.
 */
export function CiteThisPage({ page, origin, accessed }: { page: CitablePage; origin: string; accessed: Date }) {
  const permalink = `${origin}${permalinkPath(page)}`;
  const text = citationText(page, origin, accessed);
  const bibtex = citationBibtex(page, origin, accessed);
  return (
    <details className="rounded-lg border border-line bg-white p-4 text-sm">
      <summary className="cursor-pointer font-semibold">Cite this page</summary>
      <div className="mt-3 space-y-3">
        <div>
          <p className="text-muted">Permanent link to revision {page.revision.number}:</p>
          <a href={permalinkPath(page)} className="break-all">{permalink}</a>
        </div>
        <div>
          <div className="flex items-center justify-between gap-2">
            <p className="text-muted">Citation</p>
            <CopyButton text={text} label="Copy" />
          </div>
          <p className="mt-1 select-all rounded bg-slate-50 p-2 font-serif">{text}</p>
        </div>
        <div>
          <div className="flex items-center justify-between gap-2">
            <p className="text-muted">BibTeX</p>
            <CopyButton text={bibtex} label="Copy" />
          </div>
          <pre className="mt-1 overflow-x-auto rounded bg-slate-50 p-2 text-xs">{bibtex}</pre>
        </div>
      </div>
    </details>
  );
}
