import { sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { reviewEvents } from "@/db/schema";
import type { ReviewEventColumn } from "./types";

/** When the revision was last submitted for review (null if never), read from its review events. */
export function lastSubmission(eventColumn: ReviewEventColumn, revisionId: AnyPgColumn) {
  return sql<Date | null>`(select max(e.created_at) from review_events e where e.${sql.identifier(reviewEvents[eventColumn].name)} = ${revisionId} and e.action = 'submit')`;
}
