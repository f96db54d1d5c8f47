import { sql } from "drizzle-orm";
import {
  check, date, foreignKey, index, integer, pgTable, text, timestamp, unique, uniqueIndex, uuid, type AnyPgColumn,
} from "drizzle-orm/pg-core";
import { reliabilityEnum, revisionStatusEnum, sourceTypeEnum } from "./enums";
import { users } from "./users";

/**
 * A cited document. Its row holds the details as first entered or as last approved:
 * edits are source revisions that go through review, and approving one copies its
 * details here. The URL is the source's identity (the dedup key) and never changes.
 */
export const sources = pgTable(
  "sources",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    url: text("url").notNull(),
    /** The URL normalised (lower-case host, no fragment or tracking parameters): the dedup key. */
    normalizedUrl: text("normalized_url").notNull(),
    title: text("title").notNull(),
    publisher: text("publisher"),
    author: text("author"),
    publishedAt: date("published_at", { mode: "string" }),
    accessedAt: date("accessed_at", { mode: "string" }),
    archiveUrl: text("archive_url"),
    type: sourceTypeEnum("type").notNull().default("other"),
    reliability: reliabilityEnum("reliability").notNull().default("F"),
    /** The approved revision these details come from; null while they are as first entered. */
    publishedRevisionId: uuid("published_revision_id"),
    /** The newest proposed revision (any state); null while nobody has proposed a change. */
    latestRevisionId: uuid("latest_revision_id"),
    createdBy: uuid("created_by").notNull().references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("sources_normalized_url_key").on(t.normalizedUrl),
    check("sources_url_scheme", sql`${t.url} ~* '^https?://[^/]' and ${t.normalizedUrl} ~* '^https?://[^/]'`),
    check("sources_archive_url_scheme", sql`${t.archiveUrl} is null or ${t.archiveUrl} ~* '^https?://[^/]'`),
    check("sources_title_nonempty", sql`length(btrim(${t.title})) > 0`),
    foreignKey({
      name: "sources_published_revision_fk",
      columns: [t.publishedRevisionId, t.id],
      foreignColumns: [sourceRevisions.id, sourceRevisions.sourceId],
    }),
    foreignKey({
      name: "sources_latest_revision_fk",
      columns: [t.latestRevisionId, t.id],
      foreignColumns: [sourceRevisions.id, sourceRevisions.sourceId],
    }),
  ],
);

/** A proposed change to a source's details: the whole new state, reviewed like page and claim revisions. */
export const sourceRevisions = pgTable(
  "source_revisions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    sourceId: uuid("source_id").notNull().references((): AnyPgColumn => sources.id),
    number: integer("number").notNull(),
    status: revisionStatusEnum("status").notNull().default("draft"),
    baseRevisionId: uuid("base_revision_id").references((): AnyPgColumn => sourceRevisions.id),
    authorId: uuid("author_id").notNull().references(() => users.id),
    summary: text("summary").notNull().default(""),
    title: text("title").notNull(),
    publisher: text("publisher"),
    author: text("author"),
    publishedAt: date("published_at", { mode: "string" }),
    accessedAt: date("accessed_at", { mode: "string" }),
    archiveUrl: text("archive_url"),
    type: sourceTypeEnum("type").notNull(),
    reliability: reliabilityEnum("reliability").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    reviewedAt: timestamp("reviewed_at", { withTimezone: true }),
    reviewedBy: uuid("reviewed_by").references(() => users.id),
  },
  (t) => [
    unique("source_revisions_number_key").on(t.sourceId, t.number),
    unique("source_revisions_id_source_key").on(t.id, t.sourceId),
    check("source_revisions_number_positive", sql`${t.number} > 0`),
    check("source_revisions_title_nonempty", sql`length(btrim(${t.title})) > 0`),
    check("source_revisions_archive_url_scheme", sql`${t.archiveUrl} is null or ${t.archiveUrl} ~* '^https?://[^/]'`),
    check("source_revisions_reviewer_not_author", sql`${t.reviewedBy} is null or ${t.status} not in ('approved', 'rejected', 'changes_requested') or ${t.reviewedBy} <> ${t.authorId}`),
    index("source_revisions_status_idx").on(t.status, t.createdAt),
    index("source_revisions_author_idx").on(t.authorId),
  ],
);

export type Source = typeof sources.$inferSelect;
export type SourceRevision = typeof sourceRevisions.$inferSelect;
