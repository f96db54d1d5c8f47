// Pure: the editor in the browser and the draft snapshot on the server both clean form values with it.

/** Drops empty strings, empty rows and empty lists, so an untouched input means "not given" rather than "invalid". */
export function cleanFields(value: unknown): unknown {
  if (Array.isArray(value)) {
    const rows = value.map(cleanFields).filter((v) => v !== undefined && !(typeof v === "object" && v !== null && Object.keys(v).length === 0));
    return rows.length ? rows : undefined;
  }
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const c = cleanFields(v);
      if (c !== undefined) out[k] = c;
    }
    return out;
  }
  if (typeof value === "string") return value.trim() === "" ? undefined : value.trim();
  return value;
}

/** Aliases as a form holds them, trimmed, with empty rows and empty language tags left out. */
export function cleanAliases(aliases: Array<{ name: string; lang?: string }>): Array<{ name: string; lang?: string }> {
  return aliases.filter((a) => a.name.trim()).map((a) => ({ name: a.name.trim(), ...(a.lang?.trim() ? { lang: a.lang.trim() } : {}) }));
}
