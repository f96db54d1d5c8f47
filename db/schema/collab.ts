import { customType, index, pgTable, primaryKey, timestamp, uuid } from "drizzle-orm/pg-core";
import { entities, entityRevisions } from "./entities";
import { users } from "./users";

/** Raw bytes: the encoded Yjs document state. */
const bytes = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => "bytea",
  toDriver: (value) => value,
  fromDriver: (value) => new Uint8Array(value),
});

/**
 * The shared (co-edited) draft of a page: one Yjs document per entity, stored as its encoded
 * state. It is working material, never public; "submit" snapshots it into an entity revision.
 */
export const entityDrafts = pgTable("entity_drafts", {
  entityId: uuid("entity_id").primaryKey().references(() => entities.id),
  /** Y.encodeStateAsUpdate of the document named entity/<entity id>. */
  state: bytes("state").notNull(),
  /** The revision the draft started from or was last snapshotted into. */
  baseRevisionId: uuid("base_revision_id").references(() => entityRevisions.id),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  /** Contributions up to this moment are published (a snapshot of them was approved). */
  authorsSince: timestamp("authors_since", { withTimezone: true }),
});

/**
 * Who changed the shared draft since its content was last published: each of them is an
 * author of the next snapshot, so none of them may approve it (four eyes).
 */
export const entityDraftContributors = pgTable(
  "entity_draft_contributors",
  {
    entityId: uuid("entity_id").notNull().references(() => entities.id),
    userId: uuid("user_id").notNull().references(() => users.id),
    lastEditedAt: timestamp("last_edited_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.entityId, t.userId] })],
);

/**
 * Every author of a page revision. A revision typed by one person has one row (its authorId);
 * a snapshot of the shared draft has one row per contributor. The database refuses an approval,
 * rejection or request for changes by any of them (trigger in the migration).
 */
export const entityRevisionAuthors = pgTable(
  "entity_revision_authors",
  {
    revisionId: uuid("revision_id").notNull().references(() => entityRevisions.id),
    userId: uuid("user_id").notNull().references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.revisionId, t.userId] }), index("entity_revision_authors_user_idx").on(t.userId)],
);

export type EntityDraft = typeof entityDrafts.$inferSelect;
