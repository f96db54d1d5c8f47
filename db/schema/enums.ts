import { pgEnum } from "drizzle-orm/pg-core";
import { CONFIDENCES, ENTITY_KINDS, PREDICATES, RELIABILITY_GRADES, SOURCE_TYPES } from "./vocabulary";

export const roleEnum = pgEnum("role", ["contributor", "reviewer", "admin"]);
export const entityKindEnum = pgEnum("entity_kind", ENTITY_KINDS);
export const revisionStatusEnum = pgEnum("revision_status", [
  "draft", "pending", "approved", "rejected", "changes_requested", "withdrawn", "retracted",
]);
export const reviewActionEnum = pgEnum("review_action", [
  "submit", "withdraw", "approve", "reject", "request_changes", "retract",
]);
export const predicateEnum = pgEnum("predicate", PREDICATES);
export const confidenceEnum = pgEnum("confidence", CONFIDENCES);
export const sourceTypeEnum = pgEnum("source_type", SOURCE_TYPES);
export const reliabilityEnum = pgEnum("reliability", RELIABILITY_GRADES);

export type RevisionStatus = (typeof revisionStatusEnum.enumValues)[number];
export type ReviewAction = (typeof reviewActionEnum.enumValues)[number];
export type Role = (typeof roleEnum.enumValues)[number];
