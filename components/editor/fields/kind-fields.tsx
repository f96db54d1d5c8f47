"use client";

import type { EntityKind } from "@/lib/entities/fields";
import { FirmFields, type FirmForm } from "./firm-fields";
import { RouteFields, type RouteForm } from "./route-fields";
import { TechnologyFields, type TechnologyForm } from "./technology-fields";

/** The form controls of a kind's fields. The form holds raw inputs; the server validates them per kind. */
export function KindFields({ kind, value, onChange }: { kind: EntityKind; value: Record<string, unknown>; onChange: (v: Record<string, unknown>) => void }) {
  if (kind === "firm") return <FirmFields value={value as FirmForm} onChange={onChange} />;
  if (kind === "route") return <RouteFields value={value as RouteForm} onChange={onChange} />;
  return <TechnologyFields value={value as TechnologyForm} onChange={onChange} />;
}
