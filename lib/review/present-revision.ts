import type { EntityRevision } from "@/db/schema";

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

/** What every kind of revision row has (lib/revisions/kinds). */
export type RevisionRow = Pick<EntityRevision, "id" | "number" | "status" | "baseRevisionId" | "authorId" | "createdAt" | "summary">;

export function presentRevision(r: RevisionRow): RevisionView {
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
