/** Shown on every page that displays demo data: the firms, routes and claims in it are invented. */
export function DemoBanner() {
  return (
    <div role="note" className="mb-6 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900">
      <strong className="font-semibold">Fictional demo data.</strong> The firms, routes, claims and most sources on this
      instance are invented to demonstrate Nexus Watch. They describe no real company.
    </div>
  );
}
