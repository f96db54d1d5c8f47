import { and, eq, exists, isNotNull, sql, type SQL } from "drizzle-orm";
import { alias, type AnyPgColumn } from "drizzle-orm/pg-core";
import { citations, claimRevisions, claims, entities, entityRevisions, sources } from "@/db/schema";
import { claimPointer, entityPointer, type PointerColumns } from "./pointers";
import type { View } from "./view";

/**
 * One where-fragment per resource decides what a caller may see. The public site,
 * search, export and API all read through these, so a draft cannot leak by a
 * forgotten filter. Members (any signed-in role) see the workspace; the public
 * sees published revisions only. Each rule is spelled once and the others build on it:
 * a page is public once a revision of it is approved; a claim when it has a published
 * revision and its subject page is public; a source when a public claim cites it.
 */

/** `table` is `entities` or an alias of it. */
export function visibleEntities(view: View, table: PointerColumns = entities): SQL {
  return view === "published" ? isNotNull(entityPointer("published", table)) : sql`true`;
}

// Aliases, so that a rule nested in another's subquery never names the outer query's tables
// (in a sql template an alias renders as its name only, hence "from ${table} ${alias}").
const subjectPage = alias(entities, "visible_subject");

/** A claim is public when it has a published revision and its subject entity is published. `table` may be an alias of `claims`. */
export function visibleClaims(view: View, table: PointerColumns & { subjectEntityId: AnyPgColumn } = claims): SQL {
  if (view === "latest") return sql`true`;
  return and(
    isNotNull(claimPointer("published", table)),
    exists(sql`(select 1 from ${entities} ${subjectPage} where ${subjectPage.id} = ${table.subjectEntityId} and ${visibleEntities("published", subjectPage)})`),
  )!;
}

const citing = alias(citations, "visible_citation");
const citingClaim = alias(claims, "visible_citing_claim");

/**
 * A source is public once a public claim cites it in its published revision: until
 * then its title and URL are unreviewed words.
 */
export function visibleSources(view: View): SQL {
  if (view === "latest") return sql`true`;
  return exists(
    sql`(select 1 from ${citations} ${citing} join ${claims} ${citingClaim} on ${claimPointer("published", citingClaim)} = ${citing.claimRevisionId}
         where ${citing.sourceId} = ${sources.id} and ${visibleClaims("published", citingClaim)})`,
  );
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
