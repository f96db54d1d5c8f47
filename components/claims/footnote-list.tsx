import Link from "next/link";
import type { Footnote } from "@/lib/entities/footnotes";
import { formatDate } from "@/lib/format";
import { RELIABILITY_LABELS, SOURCE_TYPE_LABELS } from "@/lib/sources/schema";

/** Numbered citations: source (linking to its page), publisher, date, the quoted words, locator and archive link. */
export function FootnoteList({ notes }: { notes: Footnote[] }) {
  return (
    <ol className="space-y-3 text-sm">
      {notes.map((note) => (
        <li key={note.n} id={`fn-${note.n}`} className="grid scroll-mt-6 grid-cols-[2rem_1fr] gap-1">
          <a href={`#ref-${note.n}`} className="text-muted no-underline" aria-label={`Back to claim for source ${note.n}`}>
            {note.n}.
          </a>
          <div>
            <Link href={`/sources/${note.source.id}`} className="font-medium">{note.source.title}</Link>
            <span className="text-muted">
              {note.source.publisher && ` — ${note.source.publisher}`}
              {note.source.publishedAt && `, ${formatDate(note.source.publishedAt)}`}
              {note.locator && `, ${note.locator}`}
            </span>
            {note.quote && <blockquote className="mt-1 border-l-2 border-line pl-3 font-serif italic text-ink/80">“{note.quote}”</blockquote>}
            <div className="mt-1 flex flex-wrap gap-x-3 text-xs text-muted">
              <span>{SOURCE_TYPE_LABELS[note.source.type]}</span>
              <span title={RELIABILITY_LABELS[note.source.reliability]}>Reliability {note.source.reliability}</span>
              {note.source.accessedAt && <span>Accessed {formatDate(note.source.accessedAt)}</span>}
              <a href={note.source.url} rel="nofollow noopener noreferrer">Original</a>
              {note.source.archiveUrl && <a href={note.source.archiveUrl} rel="nofollow noopener noreferrer">Archived copy</a>}
            </div>
          </div>
        </li>
      ))}
    </ol>
  );
}
