import type { ClaimRevision, EntityRevision, SourceRevision } from "@/db/schema";

/** Revision as the API gives it: {id, number, status, baseRevisionId, authorId, createdAt, summary}. */
export type RevisionView = {
  id: string;
  number: number;
  status: EntityRevision["status"];
  baseRevisionId: string | null;
  authorId: string;
  createdAt: string;
  summary: string;
};

export function presentRevision(r: EntityRevision | ClaimRevision | SourceRevision): RevisionView {
  return {
    id: r.id,
    number: r.number,
    status: r.status,
    baseRevisionId: r.baseRevisionId,
    authorId: r.authorId,
    createdAt: r.createdAt.toISOString(),
    summary: r.summary,
  };
}
