import type { Connection, Person } from "./use-shared-draft";

const CONNECTION: Record<Connection, { label: string; className: string }> = {
  connecting: { label: "Connecting…", className: "bg-slate-100 text-slate-700" },
  live: { label: "Live", className: "bg-emerald-100 text-emerald-900" },
  reconnecting: { label: "Reconnecting… your changes are kept", className: "bg-amber-100 text-amber-900" },
  offline: { label: "Offline: your changes are kept and sent when you are back", className: "bg-slate-200 text-slate-800" },
};

/** Live / reconnecting / offline, announced to screen readers when it changes. */
export function ConnectionBadge({ connection, synced, unsaved }: { connection: Connection; synced: boolean; unsaved: number }) {
  const { label, className } = CONNECTION[connection];
  const saved = connection === "live" && synced ? (unsaved > 0 ? " · saving…" : " · all changes saved") : "";
  return (
    <p role="status" aria-live="polite" className={`rounded-full px-3 py-1 text-xs font-medium ${className}`}
      data-connection={connection} data-synced={synced} data-unsaved={unsaved}>
      {label}{saved}
    </p>
  );
}

/** Who has the page open now, each in the colour of their caret. */
export function PresenceList({ people }: { people: Person[] }) {
  const byPerson = new Map<string, Person>();
  for (const p of people) if (!byPerson.has(p.id) || p.self) byPerson.set(p.id, p);
  const list = [...byPerson.values()].sort((a, b) => Number(b.self) - Number(a.self) || a.name.localeCompare(b.name));
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <span className="text-muted">Editing now:</span>
      <ul aria-label="People editing this page" className="flex flex-wrap gap-2">
        {list.map((p) => (
          <li key={p.id} className="flex items-center gap-1.5 rounded-full border border-line px-2 py-0.5">
            <span aria-hidden className="inline-block h-2.5 w-2.5 rounded-full" style={{ backgroundColor: p.color }} />
            {p.self ? `${p.name} (you)` : p.name}
          </li>
        ))}
      </ul>
    </div>
  );
}
