import { sql } from "drizzle-orm";
import {
  check, foreignKey, index, integer, jsonb, pgTable, text, timestamp, unique, uuid, type AnyPgColumn,
} from "drizzle-orm/pg-core";
import type { ClaimValue, Period } from "./json-shapes";
import { confidenceEnum, predicateEnum, revisionStatusEnum } from "./enums";
import { entities } from "./entities";
import { sources } from "./sources";
import { users } from "./users";

export const claims = pgTable(
  "claims",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    subjectEntityId: uuid("subject_entity_id").notNull().references(() => entities.id),
    publishedRevisionId: uuid("published_revision_id"),
    latestRevisionId: uuid("latest_revision_id"),
    createdBy: uuid("created_by").notNull().references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    publishedAt: timestamp("published_at", { withTimezone: true }),
  },
  (t) => [
    index("claims_subject_idx").on(t.subjectEntityId),
    // Reads that start from a revision (claims naming an entity as their object, the graph)
    // reach the claim through these pointers: without an index each is a scan of all claims.
    index("claims_published_revision_idx").on(t.publishedRevisionId),
    index("claims_latest_revision_idx").on(t.latestRevisionId),
    foreignKey({
      name: "claims_published_revision_fk",
      columns: [t.publishedRevisionId, t.id],
      foreignColumns: [claimRevisions.id, claimRevisions.claimId],
    }),
    foreignKey({
      name: "claims_latest_revision_fk",
      columns: [t.latestRevisionId, t.id],
      foreignColumns: [claimRevisions.id, claimRevisions.claimId],
    }),
  ],
);

export const claimRevisions = pgTable(
  "claim_revisions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    claimId: uuid("claim_id").notNull().references((): AnyPgColumn => claims.id),
    number: integer("number").notNull(),
    status: revisionStatusEnum("status").notNull().default("draft"),
    baseRevisionId: uuid("base_revision_id").references((): AnyPgColumn => claimRevisions.id),
    authorId: uuid("author_id").notNull().references(() => users.id),
    summary: text("summary").notNull().default(""),
    statement: text("statement").notNull(),
    predicate: predicateEnum("predicate"),
    objectEntityId: uuid("object_entity_id").references(() => entities.id),
    period: jsonb("period").$type<Period>(),
    value: jsonb("value").$type<ClaimValue>(),
    confidence: confidenceEnum("confidence").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    reviewedAt: timestamp("reviewed_at", { withTimezone: true }),
    reviewedBy: uuid("reviewed_by").references(() => users.id),
  },
  (t) => [
    unique("claim_revisions_number_key").on(t.claimId, t.number),
    unique("claim_revisions_id_claim_key").on(t.id, t.claimId),
    check("claim_revisions_number_positive", sql`${t.number} > 0`),
    check("claim_revisions_statement_nonempty", sql`length(btrim(${t.statement})) > 0`),
    check("claim_revisions_object_needs_predicate", sql`${t.objectEntityId} is null or ${t.predicate} is not null`),
    check("claim_revisions_reviewer_not_author", sql`${t.reviewedBy} is null or ${t.status} not in ('approved', 'rejected', 'changes_requested') or ${t.reviewedBy} <> ${t.authorId}`),
    index("claim_revisions_status_idx").on(t.status, t.createdAt),
    index("claim_revisions_object_idx").on(t.objectEntityId),
    index("claim_revisions_author_idx").on(t.authorId),
  ],
);

export const citations = pgTable(
  "citations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    claimRevisionId: uuid("claim_revision_id").notNull().references(() => claimRevisions.id),
    sourceId: uuid("source_id").notNull().references(() => sources.id),
    position: integer("position").notNull(),
    quote: text("quote"),
    locator: text("locator"),
  },
  (t) => [
    unique("citations_position_key").on(t.claimRevisionId, t.position),
    index("citations_source_idx").on(t.sourceId),
  ],
);

export type Claim = typeof claims.$inferSelect;
export type ClaimRevision = typeof claimRevisions.$inferSelect;
export type Citation = typeof citations.$inferSelect;
