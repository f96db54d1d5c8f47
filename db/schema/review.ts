import { sql } from "drizzle-orm";
import { bigserial, check, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { claimRevisions } from "./claims";
import { entityRevisions } from "./entities";
import { sourceRevisions } from "./sources";
import { revisionStatusEnum, reviewActionEnum } from "./enums";
import { users } from "./users";

/** One row per workflow transition of an entity, claim or source revision. Append-only (trigger). */
export const reviewEvents = pgTable(
  "review_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    entityRevisionId: uuid("entity_revision_id").references(() => entityRevisions.id),
    claimRevisionId: uuid("claim_revision_id").references(() => claimRevisions.id),
    sourceRevisionId: uuid("source_revision_id").references(() => sourceRevisions.id),
    action: reviewActionEnum("action").notNull(),
    fromStatus: revisionStatusEnum("from_status").notNull(),
    toStatus: revisionStatusEnum("to_status").notNull(),
    actorId: uuid("actor_id").notNull().references(() => users.id),
    comment: text("comment"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("review_events_one_subject", sql`num_nonnulls(${t.entityRevisionId}, ${t.claimRevisionId}, ${t.sourceRevisionId}) = 1`),
    index("review_events_entity_revision_idx").on(t.entityRevisionId),
    index("review_events_claim_revision_idx").on(t.claimRevisionId),
    index("review_events_source_revision_idx").on(t.sourceRevisionId),
    index("review_events_created_idx").on(t.createdAt),
  ],
);

/** Everything anyone changed: who, what, which subject, when. Append-only (trigger). */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    actorId: uuid("actor_id").references(() => users.id),
    action: text("action").notNull(),
    subjectType: text("subject_type").notNull(),
    subjectId: uuid("subject_id").notNull(),
    /** The entity the subject belongs to, for per-entity activity. */
    entityId: uuid("entity_id"),
    details: jsonb("details").$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("audit_log_subject_idx").on(t.subjectId, t.createdAt),
    index("audit_log_entity_idx").on(t.entityId, t.createdAt),
    index("audit_log_created_idx").on(t.createdAt),
  ],
);

export type ReviewEvent = typeof reviewEvents.$inferSelect;
export type AuditRow = typeof auditLog.$inferSelect;
