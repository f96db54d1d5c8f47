CREATE TABLE "entity_draft_contributors" (
	"entity_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"last_edited_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "entity_draft_contributors_entity_id_user_id_pk" PRIMARY KEY("entity_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "entity_drafts" (
	"entity_id" uuid PRIMARY KEY NOT NULL,
	"state" "bytea" NOT NULL,
	"base_revision_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"authors_since" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "entity_revision_authors" (
	"revision_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "entity_revision_authors_revision_id_user_id_pk" PRIMARY KEY("revision_id","user_id")
);
--> statement-breakpoint
ALTER TABLE "entity_draft_contributors" ADD CONSTRAINT "entity_draft_contributors_entity_id_entities_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."entities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entity_draft_contributors" ADD CONSTRAINT "entity_draft_contributors_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entity_drafts" ADD CONSTRAINT "entity_drafts_entity_id_entities_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."entities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entity_drafts" ADD CONSTRAINT "entity_drafts_base_revision_id_entity_revisions_id_fk" FOREIGN KEY ("base_revision_id") REFERENCES "public"."entity_revisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entity_revision_authors" ADD CONSTRAINT "entity_revision_authors_revision_id_entity_revisions_id_fk" FOREIGN KEY ("revision_id") REFERENCES "public"."entity_revisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entity_revision_authors" ADD CONSTRAINT "entity_revision_authors_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "entity_revision_authors_user_idx" ON "entity_revision_authors" USING btree ("user_id");--> statement-breakpoint
-- Every revision's own author is one of its authors; snapshots of the shared draft add the others.
INSERT INTO "entity_revision_authors" ("revision_id", "user_id") SELECT "id", "author_id" FROM "entity_revisions";--> statement-breakpoint
CREATE OR REPLACE FUNCTION nexus_revision_author_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO entity_revision_authors (revision_id, user_id) VALUES (NEW.id, NEW.author_id) ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER entity_revisions_author_row AFTER INSERT ON entity_revisions
  FOR EACH ROW EXECUTE FUNCTION nexus_revision_author_row();--> statement-breakpoint
-- Four eyes, in the database too: no author of a page revision may review it.
CREATE OR REPLACE FUNCTION nexus_reviewer_not_coauthor() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.reviewed_by IS NOT NULL AND NEW.status IN ('approved', 'rejected', 'changes_requested')
     AND EXISTS (SELECT 1 FROM entity_revision_authors WHERE revision_id = NEW.id AND user_id = NEW.reviewed_by) THEN
    RAISE EXCEPTION 'an author of entity revision % cannot review it', NEW.id USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER entity_revisions_reviewer_not_coauthor BEFORE UPDATE OF status ON entity_revisions
  FOR EACH ROW EXECUTE FUNCTION nexus_reviewer_not_coauthor();
