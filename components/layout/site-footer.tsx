export function SiteFooter() {
  return (
    <footer className="border-t border-line bg-white text-sm text-muted">
      <div className="mx-auto flex max-w-6xl flex-col gap-2 px-4 py-6 sm:flex-row sm:justify-between sm:px-6">
        <p>
          Nexus Watch — every statement is a claim backed by cited sources and approved by a second person before it
          appears here.
        </p>
        <p>Published data is open: see the API at <code>/api/v1</code>.</p>
      </div>
    </footer>
  );
}
