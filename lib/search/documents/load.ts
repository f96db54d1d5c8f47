import type { Db } from "@/db/client";
import type { View } from "@/lib/visibility";
import type { SubjectType } from "../types";
import type { SearchDocument } from "./document";
import { loadClaimDocuments } from "./load-claims";
import { loadEntityDocuments } from "./load-entities";
import { loadSourceDocuments } from "./load-sources";

export const VIEWS: readonly View[] = ["published", "latest"];

const LOADERS: Record<SubjectType, (db: Db, ids: string[], view: View) => Promise<SearchDocument[]>> = {
  entity: loadEntityDocuments,
  claim: loadClaimDocuments,
  source: loadSourceDocuments,
};

/** The documents of these subjects in both views; a subject a view may not see has none there. */
export async function loadDocuments(db: Db, type: SubjectType, ids: string[]): Promise<SearchDocument[]> {
  if (ids.length === 0) return [];
  const loader = LOADERS[type];
  const [published, latest] = [await loader(db, ids, "published"), await loader(db, ids, "latest")];
  return [...published, ...latest];
}
