import { sql } from "drizzle-orm";
import {
  bigserial, customType, index, integer, pgEnum, pgTable, primaryKey, text, timestamp, uuid,
} from "drizzle-orm/pg-core";
import { entityKindEnum } from "./enums";

/** What a search document describes. */
export const searchSubjectEnum = pgEnum("search_subject", ["entity", "claim", "source"]);
/**
 * Which text a document holds: "published" is what the public may read, "latest" is the
 * workspace's newest revision. Public search reads published rows only, so unreviewed
 * words are never even candidates.
 */
export const searchScopeEnum = pgEnum("search_scope", ["published", "latest"]);

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

/**
 * The PostgreSQL engine's index: one row per subject and scope, rewritten in the same
 * transaction as every change to the subject (lib/search/postgres/write-documents.ts).
 */
export const searchDocuments = pgTable(
  "search_documents",
  {
    subjectType: searchSubjectEnum("subject_type").notNull(),
    subjectId: uuid("subject_id").notNull(),
    scope: searchScopeEnum("scope").notNull(),
    /** What the result is, for filters and facets: firm, route, technology, claim or source. */
    kind: text("kind").notNull(),
    /** The entity's kind, or the kind of a claim's subject (to link to it); null for sources. */
    entityKind: entityKindEnum("entity_kind"),
    /** The entity's slug, or a claim's subject's slug; null for sources. */
    slug: text("slug"),
    title: text("title").notNull(),
    /** A claim's subject title, a source's publisher. */
    subtitle: text("subtitle"),
    countries: text("countries").array().notNull().default(sql`'{}'::text[]`),
    tiers: text("tiers").array().notNull().default(sql`'{}'::text[]`),
    /** Every name, lower-cased and unaccented, for trigram matching of misspelled names. */
    names: text("names"),
    /** Plain text ts_headline cuts snippets from. */
    snippetText: text("snippet_text").notNull(),
    /** Weighted: names A, facts B, body and claims C, citations D. */
    document: tsvector("document").notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: "search_documents_pkey", columns: [t.subjectType, t.subjectId, t.scope] }),
    // One index per view: a search reads one view only, and each index is half the size.
    index("search_documents_published_idx").using("gin", t.document).where(sql`${t.scope} = 'published'`),
    index("search_documents_latest_idx").using("gin", t.document).where(sql`${t.scope} = 'latest'`),
    index("search_documents_published_names_idx").using("gin", t.names.op("gin_trgm_ops")).where(sql`${t.scope} = 'published'`),
    index("search_documents_latest_names_idx").using("gin", t.names.op("gin_trgm_ops")).where(sql`${t.scope} = 'latest'`),
  ],
);

/**
 * Changes waiting to reach Meilisearch. Rows are written in the same transaction as the
 * change and deleted once Meilisearch has the documents, so an outage delays the index
 * but never fails or loses an edit. Workers claim rows with FOR UPDATE SKIP LOCKED.
 */
export const searchOutbox = pgTable(
  "search_outbox",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    subjectType: searchSubjectEnum("subject_type").notNull(),
    subjectId: uuid("subject_id").notNull(),
    enqueuedAt: timestamp("enqueued_at", { withTimezone: true }).notNull().defaultNow(),
    /** Not before this time: a lease while a worker holds the row, then the retry backoff. */
    availableAt: timestamp("available_at", { withTimezone: true }).notNull().defaultNow(),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
  },
  (t) => [index("search_outbox_available_idx").on(t.availableAt, t.id)],
);

export type SearchDocumentRow = typeof searchDocuments.$inferSelect;
export type SearchOutboxRow = typeof searchOutbox.$inferSelect;
