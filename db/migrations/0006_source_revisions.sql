CREATE TABLE "source_revisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"source_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"status" "revision_status" DEFAULT 'draft' NOT NULL,
	"base_revision_id" uuid,
	"author_id" uuid NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"title" text NOT NULL,
	"publisher" text,
	"author" text,
	"published_at" date,
	"accessed_at" date,
	"archive_url" text,
	"type" "source_type" NOT NULL,
	"reliability" "reliability" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reviewed_at" timestamp with time zone,
	"reviewed_by" uuid,
	CONSTRAINT "source_revisions_number_key" UNIQUE("source_id","number"),
	CONSTRAINT "source_revisions_id_source_key" UNIQUE("id","source_id"),
	CONSTRAINT "source_revisions_number_positive" CHECK ("source_revisions"."number" > 0),
	CONSTRAINT "source_revisions_title_nonempty" CHECK (length(btrim("source_revisions"."title")) > 0),
	CONSTRAINT "source_revisions_archive_url_scheme" CHECK ("source_revisions"."archive_url" is null or "source_revisions"."archive_url" ~* '^https?://[^/]'),
	CONSTRAINT "source_revisions_reviewer_not_author" CHECK ("source_revisions"."reviewed_by" is null or "source_revisions"."status" not in ('approved', 'rejected', 'changes_requested') or "source_revisions"."reviewed_by" <> "source_revisions"."author_id")
);
--> statement-breakpoint
ALTER TABLE "review_events" DROP CONSTRAINT "review_events_one_subject";--> statement-breakpoint
ALTER TABLE "sources" ADD COLUMN "published_revision_id" uuid;--> statement-breakpoint
ALTER TABLE "sources" ADD COLUMN "latest_revision_id" uuid;--> statement-breakpoint
ALTER TABLE "review_events" ADD COLUMN "source_revision_id" uuid;--> statement-breakpoint
ALTER TABLE "source_revisions" ADD CONSTRAINT "source_revisions_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "source_revisions" ADD CONSTRAINT "source_revisions_base_revision_id_source_revisions_id_fk" FOREIGN KEY ("base_revision_id") REFERENCES "public"."source_revisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "source_revisions" ADD CONSTRAINT "source_revisions_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "source_revisions" ADD CONSTRAINT "source_revisions_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "source_revisions_status_idx" ON "source_revisions" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "source_revisions_author_idx" ON "source_revisions" USING btree ("author_id");--> statement-breakpoint
ALTER TABLE "sources" ADD CONSTRAINT "sources_published_revision_fk" FOREIGN KEY ("published_revision_id","id") REFERENCES "public"."source_revisions"("id","source_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sources" ADD CONSTRAINT "sources_latest_revision_fk" FOREIGN KEY ("latest_revision_id","id") REFERENCES "public"."source_revisions"("id","source_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_events" ADD CONSTRAINT "review_events_source_revision_id_source_revisions_id_fk" FOREIGN KEY ("source_revision_id") REFERENCES "public"."source_revisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "review_events_source_revision_idx" ON "review_events" USING btree ("source_revision_id");--> statement-breakpoint
ALTER TABLE "review_events" ADD CONSTRAINT "review_events_one_subject" CHECK (num_nonnulls("review_events"."entity_revision_id", "review_events"."claim_revision_id", "review_events"."source_revision_id") = 1);--> statement-breakpoint
-- Written by hand (drizzle-kit does not emit functions or triggers): the approved-only rule of
-- 0001 now covers the details of a source too.
CREATE OR REPLACE FUNCTION nexus_published_is_approved() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  revision_status text;
BEGIN
  IF NEW.published_revision_id IS NULL THEN
    RETURN NEW;
  END IF;
  IF TG_TABLE_NAME = 'entities' THEN
    SELECT status INTO revision_status FROM entity_revisions WHERE id = NEW.published_revision_id;
  ELSIF TG_TABLE_NAME = 'sources' THEN
    SELECT status INTO revision_status FROM source_revisions WHERE id = NEW.published_revision_id;
  ELSE
    SELECT status INTO revision_status FROM claim_revisions WHERE id = NEW.published_revision_id;
  END IF;
  IF revision_status IS DISTINCT FROM 'approved' THEN
    RAISE EXCEPTION 'the published revision of % % must be approved, not %', TG_TABLE_NAME, NEW.id, revision_status
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER sources_published_is_approved BEFORE INSERT OR UPDATE OF published_revision_id ON sources
  FOR EACH ROW EXECUTE FUNCTION nexus_published_is_approved();
