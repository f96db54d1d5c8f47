import type { Db } from "@/db/client";
import { isId } from "@/lib/ids";
import { REVISION_KINDS, REVISION_TYPES, type RevisionType, type WorkflowRevision } from "@/lib/revisions/kinds";

export type { RevisionType } from "@/lib/revisions/kinds";

/** Finds a revision by id among every kind, locking its subject row for the transition. */
export async function findRevisionForUpdate(db: Db, id: string): Promise<(WorkflowRevision & { type: RevisionType }) | null> {
  if (!isId(id)) return null;
  for (const type of REVISION_TYPES) {
    const found = await REVISION_KINDS[type].findForUpdate(db, id);
    if (found) return { ...found, type };
  }
  return null;
}
