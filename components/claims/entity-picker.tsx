"use client";

import { useId, useMemo, useState } from "react";
import type { EntityRef } from "@/lib/entities/titles";

const fold = (s: string) => s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();

/**
 * Search-as-you-type picker for the object entity of a claim: an ARIA combobox
 * (type to filter, arrows to move, Enter to choose, Escape to close).
 */
export function EntityPicker({ label, entities, value, onChange }: {
  label: string; entities: EntityRef[]; value: string; onChange: (slug: string) => void;
}) {
  const id = useId();
  const selected = entities.find((e) => e.slug === value);
  const [query, setQuery] = useState(selected?.title ?? "");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const matches = useMemo(() => {
    const q = fold(query.trim());
    return (q ? entities.filter((e) => fold(e.title).includes(q) || e.slug.includes(q)) : entities).slice(0, 20);
  }, [entities, query]);

  const choose = (e: EntityRef | null) => {
    onChange(e?.slug ?? "");
    setQuery(e?.title ?? "");
    setOpen(false);
  };

  return (
    <div className="relative">
      <label htmlFor={id} className="block text-sm font-medium">{label}</label>
      <input
        id={id} role="combobox" aria-expanded={open} aria-controls={`${id}-list`} aria-autocomplete="list"
        aria-activedescendant={open && matches[active] ? `${id}-opt-${active}` : undefined}
        value={query} placeholder="Type to search pages…" autoComplete="off"
        className="mt-1 w-full rounded-md border border-line bg-white px-3 py-2 text-sm"
        onChange={(e) => { setQuery(e.target.value); setOpen(true); setActive(0); if (!e.target.value) onChange(""); }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown") { e.preventDefault(); setOpen(true); setActive((a) => Math.min(a + 1, matches.length - 1)); }
          else if (e.key === "ArrowUp") { e.preventDefault(); setActive((a) => Math.max(a - 1, 0)); }
          else if (e.key === "Enter" && open && matches[active]) { e.preventDefault(); choose(matches[active]!); }
          else if (e.key === "Escape") setOpen(false);
        }}
      />
      {open && (
        <ul id={`${id}-list`} role="listbox" aria-label={label} className="absolute z-10 mt-1 max-h-64 w-full overflow-auto rounded-md border border-line bg-white py-1 text-sm shadow-lg">
          {value && <li role="option" aria-selected={false} className="cursor-pointer px-3 py-1.5 text-muted hover:bg-slate-50" onMouseDown={() => choose(null)}>No linked page</li>}
          {matches.length === 0 && <li className="px-3 py-1.5 text-muted">No page matches.</li>}
          {matches.map((e, i) => (
            <li key={e.id} id={`${id}-opt-${i}`} role="option" aria-selected={e.slug === value}
              className={`cursor-pointer px-3 py-1.5 ${i === active ? "bg-accent/10" : "hover:bg-slate-50"}`}
              onMouseDown={(ev) => { ev.preventDefault(); choose(e); }} onMouseEnter={() => setActive(i)}>
              {e.title} <span className="text-xs text-muted">{e.kind}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
