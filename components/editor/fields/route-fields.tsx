"use client";

import { TRANSPORT_MODES } from "@/lib/entities/fields";
import { CheckboxGroup, CountrySelect, RowList, TextField } from "./controls";

type Transit = { country: string; hub?: string };
export type RouteForm = { origin: string; transit: Transit[]; destination: string; modes: string[]; activeFrom: string; activeTo: string };

export function RouteFields({ value, onChange }: { value: RouteForm; onChange: (v: RouteForm) => void }) {
  const set = (patch: Partial<RouteForm>) => onChange({ ...value, ...patch });
  return (
    <div className="space-y-4">
      <CountrySelect label="Origin" required value={value.origin ?? ""} onChange={(origin) => set({ origin })} />
      <RowList legend="Transit point" ordered addLabel="Add a transit point" rows={value.transit ?? []}
        onChange={(transit) => set({ transit })} make={() => ({ country: "", hub: "" })}
        render={(row, update) => (
          <div className="grid gap-2 sm:grid-cols-2">
            <CountrySelect label="Country" required value={row.country} onChange={(country) => update({ ...row, country })} />
            <TextField label="Hub or city" value={row.hub ?? ""} onChange={(hub) => update({ ...row, hub })} />
          </div>
        )} />
      <CountrySelect label="Destination" required value={value.destination ?? ""} onChange={(destination) => set({ destination })} />
      <CheckboxGroup legend="Transport modes" value={value.modes ?? []} onChange={(modes) => set({ modes })}
        options={TRANSPORT_MODES.map((m) => ({ value: m, label: m }))} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField label="Active from" type="date" value={value.activeFrom ?? ""} onChange={(activeFrom) => set({ activeFrom })} />
        <TextField label="Active until" type="date" value={value.activeTo ?? ""} onChange={(activeTo) => set({ activeTo })} />
      </div>
    </div>
  );
}
