"use client";

import { FIRM_ROLES, REGISTRATION_LABELS, REGISTRATION_SCHEMES } from "@/lib/entities/fields";
import { CheckboxGroup, CountrySelect, RowList, SelectField, TextField } from "./controls";

type Registration = { scheme: string; value: string };
type Sanction = { program: string; authority?: string; date?: string; reference?: string };
export type FirmForm = { country: string; roles: string[]; registrations: Registration[]; sanctions: Sanction[]; website: string };

const FORMAT_HINTS: Record<string, string> = {
  ru_inn: "10 digits (firms) or 12 (individuals)", ru_ogrn: "13 digits (OGRN) or 15 (OGRNIP)",
  cn_uscc: "18 characters", hk_cr: "7 or 8 digits", lei: "20 characters, ISO 17442", other: "as issued",
};

export function FirmFields({ value, onChange }: { value: FirmForm; onChange: (v: FirmForm) => void }) {
  const set = (patch: Partial<FirmForm>) => onChange({ ...value, ...patch });
  return (
    <div className="space-y-4">
      <div className="grid gap-3 sm:grid-cols-2">
        <CountrySelect label="Country of incorporation" value={value.country ?? ""} onChange={(country) => set({ country })} />
        <TextField label="Website" type="url" inputMode="url" placeholder="https://…" value={value.website ?? ""} onChange={(website) => set({ website })} />
      </div>
      <CheckboxGroup legend="Roles" value={value.roles ?? []} onChange={(roles) => set({ roles })}
        options={FIRM_ROLES.map((r) => ({ value: r, label: r.replace("_", " ") }))} />
      <RowList legend="Registration identifiers" addLabel="Add an identifier" rows={value.registrations ?? []}
        onChange={(registrations) => set({ registrations })} make={() => ({ scheme: "ru_inn", value: "" })}
        render={(row, update) => (
          <div className="grid gap-2 sm:grid-cols-[14rem_1fr]">
            <SelectField label="Scheme" value={row.scheme} onChange={(scheme) => update({ ...row, scheme })}
              options={REGISTRATION_SCHEMES.map((s) => ({ value: s, label: REGISTRATION_LABELS[s] }))} />
            <TextField label="Identifier" value={row.value} onChange={(v) => update({ ...row, value: v })} hint={FORMAT_HINTS[row.scheme]} />
          </div>
        )} />
      <RowList legend="Sanctions listings" addLabel="Add a listing" rows={value.sanctions ?? []}
        onChange={(sanctions) => set({ sanctions })} make={() => ({ program: "", authority: "", date: "", reference: "" })}
        render={(row, update) => (
          <div className="grid gap-2 sm:grid-cols-4">
            <TextField label="Programme" value={row.program} onChange={(program) => update({ ...row, program })} className="sm:col-span-2" />
            <TextField label="Authority" value={row.authority ?? ""} onChange={(authority) => update({ ...row, authority })} />
            <TextField label="Listed on" type="date" value={row.date ?? ""} onChange={(date) => update({ ...row, date })} />
            <TextField label="Reference" value={row.reference ?? ""} onChange={(reference) => update({ ...row, reference })} className="sm:col-span-4" />
          </div>
        )} />
    </div>
  );
}
