-- Database backstop for the application lifecycle (shared/domain/application-status.ts is the rule the
-- services apply; this trigger refuses any status change that rule does not allow, whatever code path tries it).
CREATE TABLE "application_transitions" ("from_status" text NOT NULL, "to_status" text NOT NULL, PRIMARY KEY ("from_status", "to_status"));
--> statement-breakpoint
INSERT INTO "application_transitions" VALUES
  ('submitted','accepted'),('submitted','needs_info'),('submitted','escalated'),('submitted','withdrawn'),
  ('escalated','accepted'),('escalated','withdrawn'),
  ('accepted','in_progress'),('accepted','needs_info'),('accepted','submitted'),('accepted','escalated'),('accepted','resolved'),('accepted','withdrawn'),
  ('in_progress','needs_info'),('in_progress','submitted'),('in_progress','escalated'),('in_progress','resolved'),('in_progress','withdrawn'),
  ('needs_info','in_progress'),('needs_info','resolved'),('needs_info','withdrawn'),
  ('resolved','closed'),('resolved','in_progress'),
  ('closed','in_progress');
--> statement-breakpoint
CREATE FUNCTION applications_check_transition() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.status IS DISTINCT FROM OLD.status
     AND NOT EXISTS (SELECT 1 FROM application_transitions WHERE from_status = OLD.status AND to_status = NEW.status) THEN
    RAISE EXCEPTION 'illegal application transition % -> %', OLD.status, NEW.status USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER applications_transition_guard BEFORE UPDATE OF status ON applications FOR EACH ROW EXECUTE FUNCTION applications_check_transition();
--> statement-breakpoint
-- the timeline is append-only, like the audit log
CREATE TRIGGER application_events_no_update BEFORE UPDATE OR DELETE ON application_events FOR EACH ROW EXECUTE FUNCTION audit_log_forbid_change();
