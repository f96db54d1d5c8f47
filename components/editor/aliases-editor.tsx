"use client";

import type { Alias } from "@/lib/entities/schema";
import { RowList, SelectField, TextField } from "./fields/controls";

const LANGS = [
  { value: "", label: "Unknown" }, { value: "en", label: "English" }, { value: "ru", label: "Russian (Cyrillic)" },
  { value: "zh-Hans", label: "Chinese, simplified" }, { value: "zh-Hant", label: "Chinese, traditional" },
  { value: "uk", label: "Ukrainian" }, { value: "kk", label: "Kazakh" }, { value: "ky", label: "Kyrgyz" }, { value: "hy", label: "Armenian" },
  { value: "tr", label: "Turkish" }, { value: "ar", label: "Arabic" }, { value: "de", label: "German" }, { value: "fr", label: "French" },
];

/** Other names of the entity, in any script, each with its language tag. */
export function AliasesEditor({ value, onChange }: { value: Alias[]; onChange: (v: Alias[]) => void }) {
  return (
    <RowList legend="Aliases" addLabel="Add an alias" rows={value} onChange={onChange} make={() => ({ name: "", lang: "" })}
      render={(row, update) => (
        <div className="grid gap-2 sm:grid-cols-[1fr_14rem]">
          <TextField label="Name" value={row.name} onChange={(name) => update({ ...row, name })} />
          <SelectField label="Language" value={row.lang ?? ""} onChange={(lang) => update({ ...row, lang })}
            options={LANGS.some((l) => l.value === (row.lang ?? "")) ? LANGS : [...LANGS, { value: row.lang!, label: row.lang! }]} />
        </div>
      )} />
  );
}
