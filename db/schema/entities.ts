import { sql } from "drizzle-orm";
import {
  check, foreignKey, index, integer, jsonb, pgTable, text, timestamp, unique, uniqueIndex, uuid,
  type AnyPgColumn,
} from "drizzle-orm/pg-core";
import type { Alias, BodyDoc } from "./json-shapes";
import { entityKindEnum, revisionStatusEnum } from "./enums";
import { users } from "./users";

export const entities = pgTable(
  "entities",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    kind: entityKindEnum("kind").notNull(),
    slug: text("slug").notNull(),
    publishedRevisionId: uuid("published_revision_id"),
    latestRevisionId: uuid("latest_revision_id"),
    createdBy: uuid("created_by").notNull().references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    /** When the published revision last changed; drives "recently published". */
    publishedAt: timestamp("published_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("entities_slug_key").on(t.slug),
    check("entities_slug_format", sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(${t.slug}) <= 120`),
    index("entities_kind_idx").on(t.kind, t.slug),
    index("entities_published_at_idx").on(t.publishedAt),
    // A published or latest revision must belong to this very entity.
    foreignKey({
      name: "entities_published_revision_fk",
      columns: [t.publishedRevisionId, t.id],
      foreignColumns: [entityRevisions.id, entityRevisions.entityId],
    }),
    foreignKey({
      name: "entities_latest_revision_fk",
      columns: [t.latestRevisionId, t.id],
      foreignColumns: [entityRevisions.id, entityRevisions.entityId],
    }),
  ],
);

export const entityRevisions = pgTable(
  "entity_revisions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    entityId: uuid("entity_id").notNull().references((): AnyPgColumn => entities.id),
    number: integer("number").notNull(),
    status: revisionStatusEnum("status").notNull().default("draft"),
    baseRevisionId: uuid("base_revision_id").references((): AnyPgColumn => entityRevisions.id),
    authorId: uuid("author_id").notNull().references(() => users.id),
    summary: text("summary").notNull().default(""),
    title: text("title").notNull(),
    aliases: jsonb("aliases").$type<Alias[]>().notNull().default([]),
    fields: jsonb("fields").$type<Record<string, unknown>>().notNull().default({}),
    body: jsonb("body").$type<BodyDoc>(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    /** Last review transition. */
    reviewedAt: timestamp("reviewed_at", { withTimezone: true }),
    reviewedBy: uuid("reviewed_by").references(() => users.id),
  },
  (t) => [
    unique("entity_revisions_number_key").on(t.entityId, t.number),
    unique("entity_revisions_id_entity_key").on(t.id, t.entityId),
    check("entity_revisions_number_positive", sql`${t.number} > 0`),
    check("entity_revisions_title_nonempty", sql`length(btrim(${t.title})) > 0`),
    check("entity_revisions_reviewer_not_author", sql`${t.reviewedBy} is null or ${t.status} not in ('approved', 'rejected', 'changes_requested') or ${t.reviewedBy} <> ${t.authorId}`),
    index("entity_revisions_status_idx").on(t.status, t.createdAt),
    index("entity_revisions_author_idx").on(t.authorId),
  ],
);

export type Entity = typeof entities.$inferSelect;
export type EntityRevision = typeof entityRevisions.$inferSelect;
