"use client";

import { CONTROL_REGIMES } from "@/lib/entities/fields";
import { CHPL_TIER_LABELS, CHPL_TIERS, chplTierOf, formatHsCode, hsDigits } from "@/lib/reference/chpl";
import { RowList, SelectField, TextField } from "./controls";

type Control = { regime: string; reference: string };
export type TechnologyForm = { hsCodes: string[]; chplTier: string; controls: Control[]; category: string };

function hsHint(code: string) {
  const digits = hsDigits(code);
  if (!digits) return "4 to 10 digits, dots optional (8542.31)";
  if (!/^\d{4,10}$/.test(digits)) return "An HS code has 4 to 10 digits.";
  const tier = chplTierOf(digits);
  return tier ? `${formatHsCode(digits)} · CHPL ${CHPL_TIER_LABELS[tier]}` : `${formatHsCode(digits)} · not on the Common High Priority List`;
}

export function TechnologyFields({ value, onChange }: { value: TechnologyForm; onChange: (v: TechnologyForm) => void }) {
  const set = (patch: Partial<TechnologyForm>) => onChange({ ...value, ...patch });
  const suggested = (value.hsCodes ?? []).map((c) => chplTierOf(c)).find(Boolean);
  return (
    <div className="space-y-4">
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField label="Category" value={value.category ?? ""} onChange={(category) => set({ category })} placeholder="e.g. microelectronics" />
        <SelectField label="CHPL tier" value={value.chplTier ?? ""} onChange={(chplTier) => set({ chplTier })}
          options={[{ value: "", label: suggested ? `Not set (codes suggest tier ${suggested})` : "Not on the list" }, ...CHPL_TIERS.map((t) => ({ value: t, label: CHPL_TIER_LABELS[t] }))]} />
      </div>
      <RowList legend="HS code" addLabel="Add an HS code" rows={value.hsCodes ?? []} onChange={(hsCodes) => set({ hsCodes })} make={() => ""}
        render={(row, update) => <TextField label="HS code" inputMode="numeric" value={row} onChange={update} hint={hsHint(row)} />} />
      <RowList legend="Export-control reference" addLabel="Add a reference" rows={value.controls ?? []} onChange={(controls) => set({ controls })}
        make={() => ({ regime: "ear", reference: "" })}
        render={(row, update) => (
          <div className="grid gap-2 sm:grid-cols-[12rem_1fr]">
            <SelectField label="Regime" value={row.regime} onChange={(regime) => update({ ...row, regime })}
              options={CONTROL_REGIMES.map((r) => ({ value: r, label: r === "ear" ? "US EAR (ECCN)" : r === "eu_dual_use" ? "EU dual-use" : r === "wassenaar" ? "Wassenaar" : "Other" }))} />
            <TextField label="Reference" value={row.reference} onChange={(reference) => update({ ...row, reference })} placeholder="e.g. 3A001" />
          </div>
        )} />
    </div>
  );
}
