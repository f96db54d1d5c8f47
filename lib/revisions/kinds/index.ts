import { claimKind } from "./claim";
import { entityKind } from "./entity";
import { sourceKind } from "./source";

/**
 * Every kind of revision the workflow knows, by the name the API uses for it
 * ("type" in /revisions, the queue and My work; "<type>_revision.<action>" in audit rows).
 * A new kind is one file describing it (see ./types.ts and docs/architecture.md) and one line here.
 */
export const REVISION_KINDS = {
  entity: entityKind,
  claim: claimKind,
  source: sourceKind,
};

export type RevisionType = keyof typeof REVISION_KINDS;
export const REVISION_TYPES = Object.keys(REVISION_KINDS) as RevisionType[];
export type AnyRevisionKind = (typeof REVISION_KINDS)[RevisionType];

export type { QueueEntry, RevisionDetailPart, RevisionKind, WorkEntry, WorkflowRevision } from "./types";
