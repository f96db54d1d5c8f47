"use client";

import { useId, type ReactNode } from "react";
import { COUNTRY_CODES, countryName } from "@/lib/reference/countries";

export const inputClass = "mt-1 w-full rounded-md border border-line bg-white px-3 py-2 text-sm";

export function TextField({ label, value, onChange, hint, type = "text", placeholder, inputMode, className }: {
  label: string; value: string; onChange: (v: string) => void; hint?: ReactNode; type?: string; placeholder?: string;
  inputMode?: "text" | "numeric" | "url" | "decimal"; className?: string;
}) {
  const id = useId();
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium">{label}</label>
      <input id={id} type={type} value={value} placeholder={placeholder} inputMode={inputMode} onChange={(e) => onChange(e.target.value)} className={inputClass}
        aria-describedby={hint ? `${id}-hint` : undefined} />
      {hint && <p id={`${id}-hint`} className="mt-1 text-xs text-muted">{hint}</p>}
    </div>
  );
}

export function SelectField({ label, value, onChange, options, className }: {
  label: string; value: string; onChange: (v: string) => void; options: Array<{ value: string; label: string }>; className?: string;
}) {
  const id = useId();
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium">{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} className={inputClass}>
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </div>
  );
}

const COUNTRY_OPTIONS = COUNTRY_CODES.map((code) => ({ value: code, label: `${countryName(code)} (${code})` })).sort((a, b) => a.label.localeCompare(b.label));

/** A country picker over ISO 3166-1 codes; a native select, so typing a name jumps to it. */
export function CountrySelect({ label, value, onChange, required = false, className }: {
  label: string; value: string; onChange: (v: string) => void; required?: boolean; className?: string;
}) {
  return (
    <SelectField label={label} value={value} onChange={onChange} className={className}
      options={[{ value: "", label: required ? "Choose a country…" : "Unknown" }, ...COUNTRY_OPTIONS]} />
  );
}

export function CheckboxGroup({ legend, options, value, onChange }: {
  legend: string; options: ReadonlyArray<{ value: string; label: string }>; value: string[]; onChange: (v: string[]) => void;
}) {
  return (
    <fieldset>
      <legend className="text-sm font-medium">{legend}</legend>
      <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
        {options.map((o) => (
          <label key={o.value} className="flex items-center gap-1.5 text-sm">
            <input type="checkbox" checked={value.includes(o.value)}
              onChange={(e) => onChange(e.target.checked ? [...value, o.value] : value.filter((v) => v !== o.value))} />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** An ordered list of rows with add, remove and move up/down (order matters, e.g. transit points). */
export function RowList<T>({ legend, rows, onChange, make, render, addLabel, ordered = false }: {
  legend: string; rows: T[]; onChange: (rows: T[]) => void; make: () => T;
  render: (row: T, update: (next: T) => void, index: number) => ReactNode; addLabel: string; ordered?: boolean;
}) {
  const update = (i: number, next: T) => onChange(rows.map((r, j) => (j === i ? next : r)));
  const move = (i: number, by: number) => {
    const next = [...rows];
    const [row] = next.splice(i, 1);
    next.splice(i + by, 0, row!);
    onChange(next);
  };
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium">{legend}</legend>
      {rows.length === 0 && <p className="text-sm text-muted">None yet.</p>}
      {rows.map((row, i) => (
        <div key={i} className="flex flex-wrap items-end gap-2 rounded-md border border-line bg-slate-50/50 p-2">
          {ordered && <span className="self-center text-xs font-semibold text-muted">{i + 1}.</span>}
          <div className="min-w-0 flex-1">{render(row, (next) => update(i, next), i)}</div>
          <div className="flex gap-1 pb-1">
            {ordered && <button type="button" onClick={() => move(i, -1)} disabled={i === 0} aria-label={`Move ${legend} ${i + 1} up`} className="rounded border border-line px-2 py-1 text-xs disabled:opacity-40">↑</button>}
            {ordered && <button type="button" onClick={() => move(i, 1)} disabled={i === rows.length - 1} aria-label={`Move ${legend} ${i + 1} down`} className="rounded border border-line px-2 py-1 text-xs disabled:opacity-40">↓</button>}
            <button type="button" onClick={() => onChange(rows.filter((_, j) => j !== i))} aria-label={`Remove ${legend} ${i + 1}`} className="rounded border border-line px-2 py-1 text-xs text-rose-700">Remove</button>
          </div>
        </div>
      ))}
      <button type="button" onClick={() => onChange([...rows, make()])} className="text-sm font-medium text-accent hover:underline">+ {addLabel}</button>
    </fieldset>
  );
}
