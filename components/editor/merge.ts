import type { EntityContent } from "@/lib/review/flatten";
import { cleanFields } from "./entity-draft";

/** The parts of a page a conflict is resolved by: each is taken whole from one side. */
export const PARTS = ["title", "aliases", "fields", "body"] as const;
export type Part = (typeof PARTS)[number];
export type Choice = "theirs" | "mine";

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

function part(content: EntityContent, p: Part): unknown {
  return p === "fields" ? cleanFields(content.fields) : content[p];
}

/** Which parts differ between the newest saved version and mine. */
export function conflictingParts(theirs: EntityContent, mine: EntityContent): Part[] {
  return PARTS.filter((p) => !same(part(theirs, p), part(mine, p)));
}

/**
 * A three-way default: keep my version of a part I changed since the revision I
 * loaded, and take the newest version of every part I left alone.
 */
export function defaultChoices(base: EntityContent, theirs: EntityContent, mine: EntityContent): Record<Part, Choice> {
  const choices = {} as Record<Part, Choice>;
  for (const p of PARTS) choices[p] = !same(part(base, p), part(mine, p)) ? "mine" : "theirs";
  void theirs;
  return choices;
}

export function merge(theirs: EntityContent, mine: EntityContent, choices: Record<Part, Choice>): EntityContent {
  return {
    title: choices.title === "mine" ? mine.title : theirs.title,
    aliases: choices.aliases === "mine" ? mine.aliases : theirs.aliases,
    fields: choices.fields === "mine" ? mine.fields : theirs.fields,
    body: choices.body === "mine" ? mine.body : theirs.body,
  };
}
