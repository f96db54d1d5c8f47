import type { Actor } from "@/lib/context";

/**
 * What a caller reads: "published" (the public edition) or "latest" (the workspace,
 * members only). Every read that shows content takes one and filters through this module.
 */
export type View = "published" | "latest";

/** The view a caller gets: the public always gets "published", whatever they ask for. */
export function viewFor(actor: Actor | null, requested: View = "published"): View {
  return actor ? requested : "published";
}
