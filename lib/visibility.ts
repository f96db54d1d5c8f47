import { and, eq, isNotNull, sql, type SQL } from "drizzle-orm";
import { claimRevisions, claims, entities, entityRevisions } from "@/db/schema";
import type { Actor } from "./context";

/**
 * One where-fragment per resource decides what a caller may see. The public site,
 * search, export and API all read through these, so a draft cannot leak by a
 * forgotten filter. Members (any signed-in role) see the workspace; the public
 * sees published revisions only.
 */
export type View = "published" | "latest";

/** The view a caller gets: the public always gets "published", whatever they ask for. */
export function viewFor(actor: Actor | null, requested: View = "published"): View {
  return actor ? requested : "published";
}

export function visibleEntities(view: View): SQL {
  return view === "published" ? isNotNull(entities.publishedRevisionId) : sql`true`;
}

/** A claim is public when it has a published revision and its subject entity is published. */
export function visibleClaims(view: View): SQL {
  if (view === "latest") return sql`true`;
  return and(
    isNotNull(claims.publishedRevisionId),
    sql`exists (select 1 from ${entities} e where e.id = ${claims.subjectEntityId} and e.published_revision_id is not null)`,
  )!;
}

/**
 * Old revisions the public may read through a permalink (?revision=): a page revision
 * that was once published, of an entity that is public now. Query over entities
 * joined with entity_revisions.
 */
export function publishedPageHistory(): SQL {
  return and(eq(entityRevisions.status, "approved"), visibleEntities("published"))!;
}

/**
 * A claim revision that was once published, of a claim that is public now: a
 * retracted claim is gone from old revisions of its page too. Query over claims
 * joined with claim_revisions.
 */
export function publishedClaimHistory(): SQL {
  return and(eq(claimRevisions.status, "approved"), visibleClaims("published"))!;
}
