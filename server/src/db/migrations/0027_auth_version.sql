-- Per-user authentication version (decision: per-process authentication cache). Every change that can alter what
-- a login may do bumps users.auth_version in the same transaction, whatever code path makes it: the user row itself
-- (disable, phone, name), a session of the user (revoke, expiry moved, deleted), a membership (granted, revoked,
-- changed, deleted) and the point, department or provider a live membership names (name, level, area). A server
-- process keeps the principal it built for a session and reuses it only while a fresh read of this number agrees.
ALTER TABLE "users" ADD COLUMN "auth_version" bigint DEFAULT 0 NOT NULL;
--> statement-breakpoint
CREATE FUNCTION users_bump_own_auth_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- an update that sets the version itself (the triggers below) is not bumped twice
  IF NEW.auth_version = OLD.auth_version THEN
    NEW.auth_version := OLD.auth_version + 1;
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER users_auth_version BEFORE UPDATE ON users FOR EACH ROW EXECUTE FUNCTION users_bump_own_auth_version();
--> statement-breakpoint
CREATE FUNCTION auth_version_bump_user() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    UPDATE users SET auth_version = auth_version + 1 WHERE id = OLD.user_id;
  END IF;
  IF TG_OP <> 'DELETE' AND (TG_OP = 'INSERT' OR NEW.user_id IS DISTINCT FROM OLD.user_id) THEN
    UPDATE users SET auth_version = auth_version + 1 WHERE id = NEW.user_id;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER auth_sessions_auth_version AFTER UPDATE ON auth_sessions FOR EACH ROW
  WHEN (OLD.revoked_at IS DISTINCT FROM NEW.revoked_at OR OLD.expires_at IS DISTINCT FROM NEW.expires_at OR OLD.user_id IS DISTINCT FROM NEW.user_id)
  EXECUTE FUNCTION auth_version_bump_user();
--> statement-breakpoint
CREATE TRIGGER auth_sessions_auth_version_delete AFTER DELETE ON auth_sessions FOR EACH ROW EXECUTE FUNCTION auth_version_bump_user();
--> statement-breakpoint
CREATE TRIGGER memberships_auth_version AFTER INSERT OR UPDATE OR DELETE ON memberships FOR EACH ROW EXECUTE FUNCTION auth_version_bump_user();
--> statement-breakpoint
CREATE FUNCTION auth_version_bump_members() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE users SET auth_version = auth_version + 1
  WHERE id IN (
    SELECT m.user_id FROM memberships m
    WHERE m.revoked_at IS NULL AND CASE TG_TABLE_NAME
      WHEN 'service_points' THEN m.service_point_id = NEW.id
      WHEN 'departments' THEN m.department_id = NEW.id
      ELSE m.provider_id = NEW.id
    END
  );
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER service_points_auth_version AFTER UPDATE ON service_points FOR EACH ROW
  WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.level IS DISTINCT FROM NEW.level OR OLD.division_code IS DISTINCT FROM NEW.division_code)
  EXECUTE FUNCTION auth_version_bump_members();
--> statement-breakpoint
CREATE TRIGGER departments_auth_version AFTER UPDATE ON departments FOR EACH ROW
  WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.code IS DISTINCT FROM NEW.code)
  EXECUTE FUNCTION auth_version_bump_members();
--> statement-breakpoint
CREATE TRIGGER providers_auth_version AFTER UPDATE ON providers FOR EACH ROW
  WHEN (OLD.name IS DISTINCT FROM NEW.name)
  EXECUTE FUNCTION auth_version_bump_members();
