/**
 * The Common High Priority List (US, EU, UK, Japan), keyed by HS code prefix.
 * Tiers as DESIGN.md gives them; a longer prefix wins over a shorter one.
 */
export const CHPL_TIERS = ["1", "2", "3.A", "3.B", "4.A", "4.B"] as const;
export type ChplTier = (typeof CHPL_TIERS)[number];

export const CHPL_TIER_LABELS: Record<ChplTier, string> = {
  "1": "Tier 1 — integrated circuits",
  "2": "Tier 2 — electronics for wireless, navigation and passive components",
  "3.A": "Tier 3.A — further electronic components",
  "3.B": "Tier 3.B — mechanical components",
  "4.A": "Tier 4.A — electronics manufacturing and test equipment",
  "4.B": "Tier 4.B — CNC machine tools",
};

/** HS code prefixes (digits only) and their tier. */
const PREFIXES: ReadonlyArray<readonly [string, ChplTier]> = [
  ["854231", "1"], ["854232", "1"], ["854233", "1"], ["854239", "1"],
  ["851762", "2"], ["852691", "2"], ["853221", "2"], ["853224", "2"], ["854800", "2"],
  ["847150", "3.A"], ["850440", "3.A"], ["8541", "3.A"], ["853669", "3.A"], ["854442", "3.A"],
  ["8482", "3.B"], ["901310", "3.B"], ["901420", "3.B"],
  ["8486", "4.A"], ["9030", "4.A"],
  ["845710", "4.B"], ["845811", "4.B"], ["845891", "4.B"], ["845961", "4.B"], ["846693", "4.B"],
];

/** Digits of an HS code, without dots or spaces ("8542.31" → "854231"). */
export function hsDigits(code: string): string {
  return code.replace(/[.\s]/g, "");
}

/** Formats digits as the customary dotted HS code ("854231" → "8542.31"). */
export function formatHsCode(code: string): string {
  const d = hsDigits(code);
  if (d.length <= 4) return d;
  return `${d.slice(0, 4)}.${d.slice(4, 6)}${d.length > 6 ? `.${d.slice(6)}` : ""}`;
}

/** The CHPL tier an HS code falls under, or null when it is not on the list. */
export function chplTierOf(code: string): ChplTier | null {
  const d = hsDigits(code);
  let best: readonly [string, ChplTier] | null = null;
  for (const entry of PREFIXES) {
    if (d.startsWith(entry[0]) && (!best || entry[0].length > best[0].length)) best = entry;
  }
  return best ? best[1] : null;
}
