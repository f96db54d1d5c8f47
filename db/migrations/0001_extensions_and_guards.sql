-- drizzle-kit does not emit extensions, triggers or functions: they live here.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
-- The audit log and review events are append-only: no interface may change or remove a row.
CREATE OR REPLACE FUNCTION nexus_forbid_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END $$;
--> statement-breakpoint
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION nexus_forbid_change();
--> statement-breakpoint
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION nexus_forbid_change();
--> statement-breakpoint
CREATE TRIGGER review_events_append_only BEFORE UPDATE OR DELETE ON review_events
  FOR EACH ROW EXECUTE FUNCTION nexus_forbid_change();
--> statement-breakpoint
CREATE TRIGGER review_events_no_truncate BEFORE TRUNCATE ON review_events
  FOR EACH STATEMENT EXECUTE FUNCTION nexus_forbid_change();
--> statement-breakpoint
-- Only an approved revision can be the published one.
CREATE OR REPLACE FUNCTION nexus_published_is_approved() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  revision_status text;
BEGIN
  IF NEW.published_revision_id IS NULL THEN
    RETURN NEW;
  END IF;
  IF TG_TABLE_NAME = 'entities' THEN
    SELECT status INTO revision_status FROM entity_revisions WHERE id = NEW.published_revision_id;
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
CREATE TRIGGER entities_published_is_approved BEFORE INSERT OR UPDATE OF published_revision_id ON entities
  FOR EACH ROW EXECUTE FUNCTION nexus_published_is_approved();
--> statement-breakpoint
CREATE TRIGGER claims_published_is_approved BEFORE INSERT OR UPDATE OF published_revision_id ON claims
  FOR EACH ROW EXECUTE FUNCTION nexus_published_is_approved();
