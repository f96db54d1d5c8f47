CREATE TYPE "public"."confidence" AS ENUM('confirmed', 'probable', 'alleged', 'disputed');--> statement-breakpoint
CREATE TYPE "public"."entity_kind" AS ENUM('firm', 'route', 'technology');--> statement-breakpoint
CREATE TYPE "public"."predicate" AS ENUM('supplies', 'buys_from', 'ships_via', 'deals_in', 'owned_by', 'sanctioned_by', 'located_in', 'other');--> statement-breakpoint
CREATE TYPE "public"."reliability" AS ENUM('A', 'B', 'C', 'D', 'E', 'F');--> statement-breakpoint
CREATE TYPE "public"."review_action" AS ENUM('submit', 'withdraw', 'approve', 'reject', 'request_changes', 'retract');--> statement-breakpoint
CREATE TYPE "public"."revision_status" AS ENUM('draft', 'pending', 'approved', 'rejected', 'changes_requested', 'withdrawn', 'retracted');--> statement-breakpoint
CREATE TYPE "public"."role" AS ENUM('contributor', 'reviewer', 'admin');--> statement-breakpoint
CREATE TYPE "public"."source_type" AS ENUM('news', 'government', 'court', 'customs_data', 'corporate_filing', 'ngo_report', 'academic', 'other');--> statement-breakpoint
CREATE TABLE "api_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"name" text DEFAULT 'API token' NOT NULL,
	"token_hash" text NOT NULL,
	"prefix" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "api_tokens_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"role" "role" DEFAULT 'contributor' NOT NULL,
	"password_hash" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"disabled_at" timestamp with time zone,
	CONSTRAINT "users_email_unique" UNIQUE("email"),
	CONSTRAINT "users_email_lower" CHECK ("users"."email" = lower("users"."email") and position('@' in "users"."email") > 1)
);
--> statement-breakpoint
CREATE TABLE "entities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" "entity_kind" NOT NULL,
	"slug" text NOT NULL,
	"published_revision_id" uuid,
	"latest_revision_id" uuid,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone,
	CONSTRAINT "entities_slug_format" CHECK ("entities"."slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length("entities"."slug") <= 120)
);
--> statement-breakpoint
CREATE TABLE "entity_revisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entity_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"status" "revision_status" DEFAULT 'draft' NOT NULL,
	"base_revision_id" uuid,
	"author_id" uuid NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"title" text NOT NULL,
	"aliases" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"body" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reviewed_at" timestamp with time zone,
	"reviewed_by" uuid,
	CONSTRAINT "entity_revisions_number_key" UNIQUE("entity_id","number"),
	CONSTRAINT "entity_revisions_id_entity_key" UNIQUE("id","entity_id"),
	CONSTRAINT "entity_revisions_number_positive" CHECK ("entity_revisions"."number" > 0),
	CONSTRAINT "entity_revisions_title_nonempty" CHECK (length(btrim("entity_revisions"."title")) > 0),
	CONSTRAINT "entity_revisions_reviewer_not_author" CHECK ("entity_revisions"."reviewed_by" is null or "entity_revisions"."status" not in ('approved', 'rejected', 'changes_requested') or "entity_revisions"."reviewed_by" <> "entity_revisions"."author_id")
);
--> statement-breakpoint
CREATE TABLE "sources" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"url" text NOT NULL,
	"normalized_url" text NOT NULL,
	"title" text NOT NULL,
	"publisher" text,
	"author" text,
	"published_at" date,
	"accessed_at" date,
	"archive_url" text,
	"type" "source_type" DEFAULT 'other' NOT NULL,
	"reliability" "reliability" DEFAULT 'F' NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sources_url_scheme" CHECK ("sources"."url" ~* '^https?://[^/]' and "sources"."normalized_url" ~* '^https?://[^/]'),
	CONSTRAINT "sources_archive_url_scheme" CHECK ("sources"."archive_url" is null or "sources"."archive_url" ~* '^https?://[^/]'),
	CONSTRAINT "sources_title_nonempty" CHECK (length(btrim("sources"."title")) > 0)
);
--> statement-breakpoint
CREATE TABLE "citations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"claim_revision_id" uuid NOT NULL,
	"source_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"quote" text,
	"locator" text,
	CONSTRAINT "citations_position_key" UNIQUE("claim_revision_id","position")
);
--> statement-breakpoint
CREATE TABLE "claim_revisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"claim_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"status" "revision_status" DEFAULT 'draft' NOT NULL,
	"base_revision_id" uuid,
	"author_id" uuid NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"statement" text NOT NULL,
	"predicate" "predicate",
	"object_entity_id" uuid,
	"period" jsonb,
	"value" jsonb,
	"confidence" "confidence" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reviewed_at" timestamp with time zone,
	"reviewed_by" uuid,
	CONSTRAINT "claim_revisions_number_key" UNIQUE("claim_id","number"),
	CONSTRAINT "claim_revisions_id_claim_key" UNIQUE("id","claim_id"),
	CONSTRAINT "claim_revisions_number_positive" CHECK ("claim_revisions"."number" > 0),
	CONSTRAINT "claim_revisions_statement_nonempty" CHECK (length(btrim("claim_revisions"."statement")) > 0),
	CONSTRAINT "claim_revisions_object_needs_predicate" CHECK ("claim_revisions"."object_entity_id" is null or "claim_revisions"."predicate" is not null),
	CONSTRAINT "claim_revisions_reviewer_not_author" CHECK ("claim_revisions"."reviewed_by" is null or "claim_revisions"."status" not in ('approved', 'rejected', 'changes_requested') or "claim_revisions"."reviewed_by" <> "claim_revisions"."author_id")
);
--> statement-breakpoint
CREATE TABLE "claims" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"subject_entity_id" uuid NOT NULL,
	"published_revision_id" uuid,
	"latest_revision_id" uuid,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"actor_id" uuid,
	"action" text NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"entity_id" uuid,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "review_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"entity_revision_id" uuid,
	"claim_revision_id" uuid,
	"action" "review_action" NOT NULL,
	"from_status" "revision_status" NOT NULL,
	"to_status" "revision_status" NOT NULL,
	"actor_id" uuid NOT NULL,
	"comment" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "review_events_one_subject" CHECK (num_nonnulls("review_events"."entity_revision_id", "review_events"."claim_revision_id") = 1)
);
--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entities" ADD CONSTRAINT "entities_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entities" ADD CONSTRAINT "entities_published_revision_fk" FOREIGN KEY ("published_revision_id","id") REFERENCES "public"."entity_revisions"("id","entity_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entities" ADD CONSTRAINT "entities_latest_revision_fk" FOREIGN KEY ("latest_revision_id","id") REFERENCES "public"."entity_revisions"("id","entity_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entity_revisions" ADD CONSTRAINT "entity_revisions_entity_id_entities_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."entities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entity_revisions" ADD CONSTRAINT "entity_revisions_base_revision_id_entity_revisions_id_fk" FOREIGN KEY ("base_revision_id") REFERENCES "public"."entity_revisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entity_revisions" ADD CONSTRAINT "entity_revisions_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entity_revisions" ADD CONSTRAINT "entity_revisions_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sources" ADD CONSTRAINT "sources_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "citations" ADD CONSTRAINT "citations_claim_revision_id_claim_revisions_id_fk" FOREIGN KEY ("claim_revision_id") REFERENCES "public"."claim_revisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "citations" ADD CONSTRAINT "citations_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claim_revisions" ADD CONSTRAINT "claim_revisions_claim_id_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."claims"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claim_revisions" ADD CONSTRAINT "claim_revisions_base_revision_id_claim_revisions_id_fk" FOREIGN KEY ("base_revision_id") REFERENCES "public"."claim_revisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claim_revisions" ADD CONSTRAINT "claim_revisions_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claim_revisions" ADD CONSTRAINT "claim_revisions_object_entity_id_entities_id_fk" FOREIGN KEY ("object_entity_id") REFERENCES "public"."entities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claim_revisions" ADD CONSTRAINT "claim_revisions_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_subject_entity_id_entities_id_fk" FOREIGN KEY ("subject_entity_id") REFERENCES "public"."entities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_published_revision_fk" FOREIGN KEY ("published_revision_id","id") REFERENCES "public"."claim_revisions"("id","claim_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_latest_revision_fk" FOREIGN KEY ("latest_revision_id","id") REFERENCES "public"."claim_revisions"("id","claim_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_events" ADD CONSTRAINT "review_events_entity_revision_id_entity_revisions_id_fk" FOREIGN KEY ("entity_revision_id") REFERENCES "public"."entity_revisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_events" ADD CONSTRAINT "review_events_claim_revision_id_claim_revisions_id_fk" FOREIGN KEY ("claim_revision_id") REFERENCES "public"."claim_revisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_events" ADD CONSTRAINT "review_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "api_tokens_user_idx" ON "api_tokens" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "entities_slug_key" ON "entities" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "entities_kind_idx" ON "entities" USING btree ("kind","slug");--> statement-breakpoint
CREATE INDEX "entities_published_at_idx" ON "entities" USING btree ("published_at");--> statement-breakpoint
CREATE INDEX "entity_revisions_status_idx" ON "entity_revisions" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "entity_revisions_author_idx" ON "entity_revisions" USING btree ("author_id");--> statement-breakpoint
CREATE UNIQUE INDEX "sources_normalized_url_key" ON "sources" USING btree ("normalized_url");--> statement-breakpoint
CREATE INDEX "citations_source_idx" ON "citations" USING btree ("source_id");--> statement-breakpoint
CREATE INDEX "claim_revisions_status_idx" ON "claim_revisions" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "claim_revisions_object_idx" ON "claim_revisions" USING btree ("object_entity_id");--> statement-breakpoint
CREATE INDEX "claim_revisions_author_idx" ON "claim_revisions" USING btree ("author_id");--> statement-breakpoint
CREATE INDEX "claims_subject_idx" ON "claims" USING btree ("subject_entity_id");--> statement-breakpoint
CREATE INDEX "audit_log_subject_idx" ON "audit_log" USING btree ("subject_id","created_at");--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("entity_id","created_at");--> statement-breakpoint
CREATE INDEX "audit_log_created_idx" ON "audit_log" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "review_events_entity_revision_idx" ON "review_events" USING btree ("entity_revision_id");--> statement-breakpoint
CREATE INDEX "review_events_claim_revision_idx" ON "review_events" USING btree ("claim_revision_id");--> statement-breakpoint
CREATE INDEX "review_events_created_idx" ON "review_events" USING btree ("created_at");