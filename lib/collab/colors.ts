/** A stable, readable caret colour per person. */
const COLORS = ["#b91c1c", "#1d4ed8", "#047857", "#7c3aed", "#c2410c", "#0e7490", "#be185d", "#4d7c0f"];
export function colorFor(id: string): string {
  let h = 0;
  for (const ch of id) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return COLORS[h % COLORS.length]!;
}
