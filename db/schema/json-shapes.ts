/**
 * The shapes of the jsonb columns (entity_revisions.aliases/body, claim_revisions.value/period).
 * The schema types its columns with them; lib validates what goes in with zod schemas that are
 * checked against these (`satisfies z.ZodType<…>`), so the two cannot drift apart unnoticed.
 */

/** Another name of an entity, in any script, with a BCP 47 language tag. */
export type Alias = { name: string; lang?: string };

export type DatePoint = { date: string; precision: "day" | "month" | "year" };
/** When a claim held: a start, an end, or both. */
export type Period = { start?: DatePoint; end?: DatePoint };

/** A claim's amount of money or counted quantity. */
export type ClaimValue = { amount: number; currency: string } | { quantity: number; unit: string };

/** A mark on a text node of a page body (tiptap JSON). */
export type BodyMark =
  | { type: "bold" | "italic" | "strike" | "code" }
  | {
      type: "link";
      attrs: { href: string; target?: string | null; rel?: string | null; class?: string | null; title?: string | null };
    };

export type BodyNode = {
  type: string;
  attrs?: Record<string, unknown>;
  content?: BodyNode[];
  text?: string;
  marks?: BodyMark[];
};

/** A page body: tiptap JSON, stored validated and never as HTML (lib/editor/body-schema.ts). */
export type BodyDoc = { type: "doc"; content: BodyNode[] };
