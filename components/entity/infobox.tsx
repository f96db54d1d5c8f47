import type { ReactNode } from "react";
import { Tag } from "@/components/ui/badge";
import { FIELD_SCHEMAS, REGISTRATION_LABELS, type EntityKind } from "@/lib/entities/fields";
import { formatDate } from "@/lib/format";
import { CHPL_TIER_LABELS, chplTierOf, formatHsCode } from "@/lib/reference/chpl";
import { countryName } from "@/lib/reference/countries";

type Row = { label: string; value: ReactNode };

function Country({ code }: { code: string }) {
  return <span>{countryName(code)} <span className="text-muted">({code})</span></span>;
}

function firmRows(raw: unknown): Row[] {
  const parsed = FIELD_SCHEMAS.firm.safeParse(raw);
  if (!parsed.success) return [];
  const f = parsed.data;
  const rows: Row[] = [];
  if (f.country) rows.push({ label: "Country", value: <Country code={f.country} /> });
  if (f.roles.length) rows.push({ label: "Roles", value: <span className="flex flex-wrap gap-1">{f.roles.map((r) => <Tag key={r}>{r.replace("_", " ")}</Tag>)}</span> });
  for (const r of f.registrations) rows.push({ label: REGISTRATION_LABELS[r.scheme], value: <span className="font-mono text-sm">{r.value}</span> });
  if (f.website) rows.push({ label: "Website", value: <a href={f.website} rel="nofollow noopener noreferrer" className="break-all">{f.website.replace(/^https?:\/\//, "")}</a> });
  if (f.sanctions.length) {
    rows.push({
      label: "Sanctions",
      value: (
        <ul className="space-y-1">
          {f.sanctions.map((s, i) => (
            <li key={i}>
              {s.program}
              {(s.authority || s.date) && <span className="text-muted"> — {[s.authority, formatDate(s.date)].filter(Boolean).join(", ")}</span>}
              {s.reference && <span className="block font-mono text-xs text-muted">{s.reference}</span>}
            </li>
          ))}
        </ul>
      ),
    });
  }
  return rows;
}

function routeRows(raw: unknown): Row[] {
  const parsed = FIELD_SCHEMAS.route.safeParse(raw);
  if (!parsed.success) return [];
  const f = parsed.data;
  const stops = [{ country: f.origin, hub: undefined as string | undefined, role: "Origin" }, ...f.transit.map((t) => ({ ...t, role: "Transit" })), { country: f.destination, hub: undefined, role: "Destination" }];
  const rows: Row[] = [
    {
      label: "Path",
      value: (
        <ol className="space-y-1">
          {stops.map((s, i) => (
            <li key={i} className="flex gap-2">
              <span className="w-20 shrink-0 text-xs uppercase tracking-wide text-muted">{s.role}</span>
              <span>{countryName(s.country)}{s.hub && <span className="text-muted"> · {s.hub}</span>}</span>
            </li>
          ))}
        </ol>
      ),
    },
  ];
  if (f.modes.length) rows.push({ label: "Modes", value: <span className="flex flex-wrap gap-1">{f.modes.map((m) => <Tag key={m}>{m}</Tag>)}</span> });
  if (f.activeFrom || f.activeTo) rows.push({ label: "Active", value: `${formatDate(f.activeFrom) || "?"} – ${formatDate(f.activeTo) || "present"}` });
  return rows;
}

function technologyRows(raw: unknown): Row[] {
  const parsed = FIELD_SCHEMAS.technology.safeParse(raw);
  if (!parsed.success) return [];
  const f = parsed.data;
  const rows: Row[] = [];
  if (f.category) rows.push({ label: "Category", value: f.category });
  if (f.hsCodes.length) {
    rows.push({
      label: "HS codes",
      value: (
        <ul className="space-y-0.5">
          {f.hsCodes.map((c) => {
            const tier = chplTierOf(c);
            return <li key={c}><span className="font-mono text-sm">{formatHsCode(c)}</span>{tier && <span className="text-muted"> · CHPL {tier}</span>}</li>;
          })}
        </ul>
      ),
    });
  }
  if (f.chplTier) rows.push({ label: "CHPL tier", value: CHPL_TIER_LABELS[f.chplTier] });
  if (f.controls.length) rows.push({ label: "Export controls", value: <ul>{f.controls.map((c, i) => <li key={i}><span className="uppercase text-muted text-xs">{c.regime.replace(/_/g, " ")}</span> <span className="font-mono text-sm">{c.reference}</span></li>)}</ul> });
  return rows;
}

const ROWS: Record<EntityKind, (raw: unknown) => Row[]> = { firm: firmRows, route: routeRows, technology: technologyRows };

/** The facts box of an entity page, laid out per kind from its validated fields. */
export function Infobox({ kind, fields }: { kind: EntityKind; fields: Record<string, unknown> }) {
  const rows = ROWS[kind](fields);
  if (rows.length === 0) return null;
  return (
    <dl className="divide-y divide-line text-sm">
      {rows.map((row, i) => (
        <div key={i} className="grid grid-cols-[7.5rem_1fr] gap-3 py-2">
          <dt className="font-medium text-muted">{row.label}</dt>
          <dd className="min-w-0">{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}
