CREATE TYPE "public"."search_scope" AS ENUM('published', 'latest');--> statement-breakpoint
CREATE TYPE "public"."search_subject" AS ENUM('entity', 'claim', 'source');--> statement-breakpoint
CREATE TABLE "search_documents" (
	"subject_type" "search_subject" NOT NULL,
	"subject_id" uuid NOT NULL,
	"scope" "search_scope" NOT NULL,
	"kind" text NOT NULL,
	"entity_kind" "entity_kind",
	"slug" text,
	"title" text NOT NULL,
	"subtitle" text,
	"countries" text[] DEFAULT '{}'::text[] NOT NULL,
	"tiers" text[] DEFAULT '{}'::text[] NOT NULL,
	"names" text,
	"snippet_text" text NOT NULL,
	"document" "tsvector" NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "search_documents_pkey" PRIMARY KEY("subject_type","subject_id","scope")
);
--> statement-breakpoint
CREATE TABLE "search_outbox" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"subject_type" "search_subject" NOT NULL,
	"subject_id" uuid NOT NULL,
	"enqueued_at" timestamp with time zone DEFAULT now() NOT NULL,
	"available_at" timestamp with time zone DEFAULT now() NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text
);
--> statement-breakpoint
CREATE INDEX "search_documents_published_idx" ON "search_documents" USING gin ("document") WHERE "search_documents"."scope" = 'published';--> statement-breakpoint
CREATE INDEX "search_documents_latest_idx" ON "search_documents" USING gin ("document") WHERE "search_documents"."scope" = 'latest';--> statement-breakpoint
CREATE INDEX "search_documents_published_names_idx" ON "search_documents" USING gin ("names" gin_trgm_ops) WHERE "search_documents"."scope" = 'published';--> statement-breakpoint
CREATE INDEX "search_documents_latest_names_idx" ON "search_documents" USING gin ("names" gin_trgm_ops) WHERE "search_documents"."scope" = 'latest';--> statement-breakpoint
CREATE INDEX "search_outbox_available_idx" ON "search_outbox" USING btree ("available_at","id");