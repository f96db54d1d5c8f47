import { sql } from "drizzle-orm";
import { check, date, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { reliabilityEnum, sourceTypeEnum } from "./enums";
import { users } from "./users";

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
    createdBy: uuid("created_by").notNull().references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("sources_normalized_url_key").on(t.normalizedUrl),
    check("sources_url_scheme", sql`${t.url} ~* '^https?://[^/]' and ${t.normalizedUrl} ~* '^https?://[^/]'`),
    check("sources_archive_url_scheme", sql`${t.archiveUrl} is null or ${t.archiveUrl} ~* '^https?://[^/]'`),
    check("sources_title_nonempty", sql`length(btrim(${t.title})) > 0`),
  ],
);

export type Source = typeof sources.$inferSelect;
