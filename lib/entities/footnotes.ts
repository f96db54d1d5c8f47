import type { ClaimView, CitationView } from "@/lib/claims/queries";
import type { BodyDoc, BodyNode } from "@/lib/editor/body-schema";

export type Footnote = CitationView & { n: number; claimId: string };

export type Footnotes = {
  notes: Footnote[];
  /** Footnote numbers of each claim's citations. */
  byClaim: Map<string, number[]>;
  /** Where an inline body citation points: its number and anchor, or null when it points at nothing visible. */
  resolve: (attrs: { claimId?: string | null; sourceId?: string | null }) => { n: number; href: string } | null;
};

/** Numbers every citation of the page's claims in order, and resolves the body's inline citations against them. */
export function buildFootnotes(claims: ClaimView[]): Footnotes {
  const notes: Footnote[] = [];
  const byClaim = new Map<string, number[]>();
  for (const claim of claims) {
    const numbers = claim.citations.map((c) => {
      notes.push({ ...c, n: notes.length + 1, claimId: claim.id });
      return notes.length;
    });
    byClaim.set(claim.id, numbers);
  }
  const resolve: Footnotes["resolve"] = ({ claimId, sourceId }) => {
    if (claimId) {
      const first = byClaim.get(claimId)?.[0];
      return first ? { n: first, href: `#claim-${claimId}` } : null;
    }
    const note = notes.find((f) => f.source.id === sourceId);
    return note ? { n: note.n, href: `#fn-${note.n}` } : null;
  };
  return { notes, byClaim, resolve };
}

/** Every inline citation node in a body, in document order. */
export function bodyCitations(doc: BodyDoc | null): BodyNode[] {
  const found: BodyNode[] = [];
  const walk = (n: BodyNode) => {
    if (n.type === "citation") found.push(n);
    n.content?.forEach(walk);
  };
  doc?.content.forEach(walk);
  return found;
}
