import Link from "next/link";

export function SiteFooter() {
  return (
    <footer className="border-t border-line bg-white text-sm text-muted">
      <div className="mx-auto flex max-w-6xl flex-col gap-2 px-4 py-6 sm:flex-row sm:justify-between sm:px-6">
        <p>
          Nexus Watch — every statement is a claim backed by cited sources and approved by a second person before it
          appears here.
        </p>
        <nav aria-label="Footer" className="flex shrink-0 flex-wrap gap-x-4 gap-y-1">
          <Link href="/graph">Relationship graph</Link>
          <Link href="/data">Open data</Link>
          <a href="/api/v1/openapi.json">API</a>
        </nav>
      </div>
    </footer>
  );
}
