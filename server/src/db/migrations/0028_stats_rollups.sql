-- Dashboard rollups (decision 41): the district dashboard reads per-month sums kept in the same transaction as every
-- change, never a nightly batch. Each application's current contribution (stats_contrib_v: month, scope, metric, key,
-- n) is stored in stats_contrib; stats_refresh(id), called by AFTER ROW triggers, adds the difference between the
-- fresh contribution and the stored one to stats_rollup (and to the refcounted people in stats_people), so a
-- transfer, reclassification, reopening or deleted delivery re-keys exactly what the case contributed. Scopes:
-- '*' the district (never for figures fixed at submission, so no row is shared by every submit), 's:<street code>'
-- ('s:-' no street), and 'x:<station street>' for a case at a station whose street differs from the case's.
-- Hours are bucketed (stats_hours_bucket): tenths below 100 h, whole hours below 1,000 h, whole days beyond.
CREATE FUNCTION stats_hours_bucket(seconds double precision) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN abs(seconds) < 360000 THEN round((seconds / 3600)::numeric, 1)
              WHEN abs(seconds) < 3600000 THEN round((seconds / 3600)::numeric)
              ELSE round((seconds / 86400)::numeric) * 24 END
$$;
--> statement-breakpoint
CREATE FUNCTION stats_china_month(at timestamptz) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT to_char((at AT TIME ZONE 'UTC') + interval '8 hours', 'YYYY-MM')
$$;
--> statement-breakpoint
CREATE TABLE stats_rollup (
  month text NOT NULL, scope text NOT NULL, metric text NOT NULL, key text NOT NULL, n bigint NOT NULL,
  PRIMARY KEY (month, scope, metric, key)
);
--> statement-breakpoint
CREATE TABLE stats_contrib (
  application_id uuid NOT NULL, month text NOT NULL, scope text NOT NULL, metric text NOT NULL, key text NOT NULL,
  n integer NOT NULL, PRIMARY KEY (application_id, month, scope, metric, key)
);
--> statement-breakpoint
CREATE TABLE stats_people (
  month text NOT NULL, scope text NOT NULL, person text NOT NULL, n integer NOT NULL, PRIMARY KEY (month, scope, person)
);
--> statement-breakpoint
-- One row per fact of an application; at_submit marks figures fixed when the case is made (no district row).
CREATE VIEW stats_facts_v AS
  SELECT a.id AS application_id, stats_china_month(a.created_at) AS month, 'ch' AS metric, a.channel AS key, 1 AS n, true AS at_submit
    FROM applications a
  UNION ALL
  SELECT a.id, stats_china_month(a.created_at), 'uncl', '', 1, true FROM applications a WHERE 'unclassified' = ANY (a.flags)
  UNION ALL
  SELECT f.application_id, stats_china_month(f.at), m.metric, m.key, 1, false
    FROM (SELECT DISTINCT ON (e.application_id) e.application_id, e.created_at AS at FROM application_events e
           WHERE e.type = 'accept' ORDER BY e.application_id, e.id) f
    JOIN applications a ON a.id = f.application_id
    CROSS JOIN LATERAL (VALUES ('acc', a.urgency),
      ('ontime', CASE WHEN NOT EXISTS (SELECT 1 FROM application_events x WHERE x.application_id = f.application_id
        AND x.type = 'escalate' AND x.data->>'automatic' = 'true' AND x.created_at < f.at) THEN a.urgency END),
      ('hacc', stats_hours_bucket(extract(epoch FROM f.at - a.created_at))::text)) m(metric, key)
   WHERE m.key IS NOT NULL
  UNION ALL
  SELECT e.application_id, stats_china_month(e.created_at), 'esc', '', 1, false FROM application_events e WHERE e.type = 'escalate'
  UNION ALL
  SELECT a.id, stats_china_month(a.resolved_at), 'hres', stats_hours_bucket(extract(epoch FROM a.resolved_at - a.created_at))::text, 1, false
    FROM applications a WHERE a.resolved_at IS NOT NULL
  UNION ALL
  -- 人次 and the person behind each (PERSON_TIME_SOURCES in person-times.repo.ts: deliveries; resolved cases without one)
  SELECT p.application_id, p.month, m.metric, m.key, 1, false
    FROM (SELECT o.application_id, to_char(d.delivered_on, 'YYYY-MM') AS month
            FROM service_deliveries d JOIN service_orders o ON o.id = d.order_id
          UNION ALL
          SELECT a.id, stats_china_month(a.resolved_at) FROM applications a WHERE a.resolved_at IS NOT NULL
             AND NOT EXISTS (SELECT 1 FROM service_orders o JOIN service_deliveries d ON d.order_id = o.id WHERE o.application_id = a.id)) p
    JOIN applications a ON a.id = p.application_id
    CROSS JOIN LATERAL (VALUES ('pt', ''), ('person', coalesce(a.subject_id_hash, a.subject_phone_hash, a.id::text))) m(metric, key);
--> statement-breakpoint
-- The scopes an application counts in.
CREATE VIEW stats_keys_v AS
  SELECT a.id AS application_id, k.scope
    FROM applications a LEFT JOIN service_points sp ON sp.id = a.service_point_id
   CROSS JOIN LATERAL (VALUES ('*'), ('s:' || coalesce(a.street_code, '-')),
     (CASE WHEN sp.level = 'street_station' AND sp.division_code IS DISTINCT FROM a.street_code THEN 'x:' || sp.division_code END)) k(scope)
   WHERE k.scope IS NOT NULL;
--> statement-breakpoint
CREATE VIEW stats_contrib_v AS
  SELECT f.application_id, f.month, k.scope, f.metric, f.key, sum(f.n)::int AS n
    FROM stats_facts_v f JOIN stats_keys_v k ON k.application_id = f.application_id
   WHERE NOT (f.at_submit AND k.scope = '*')
   GROUP BY f.application_id, f.month, k.scope, f.metric, f.key;
--> statement-breakpoint
-- Adds n to one rollup figure; a person's refcount going 0 <-> 1 moves the scope's 'people' count.
CREATE FUNCTION stats_add(p_month text, p_scope text, p_metric text, p_key text, p_n integer) RETURNS void LANGUAGE plpgsql AS $$
DECLARE now_n integer;
BEGIN
  IF p_metric = 'person' THEN
    INSERT INTO stats_people AS s VALUES (p_month, p_scope, p_key, p_n)
      ON CONFLICT (month, scope, person) DO UPDATE SET n = s.n + excluded.n RETURNING n INTO now_n;
    IF now_n > 0 AND now_n = p_n THEN
      PERFORM stats_add(p_month, p_scope, 'people', '', 1);
    ELSIF now_n = 0 THEN
      DELETE FROM stats_people WHERE month = p_month AND scope = p_scope AND person = p_key;
      PERFORM stats_add(p_month, p_scope, 'people', '', -1);
    END IF;
  ELSE
    INSERT INTO stats_rollup AS r VALUES (p_month, p_scope, p_metric, p_key, p_n)
      ON CONFLICT (month, scope, metric, key) DO UPDATE SET n = r.n + excluded.n;
  END IF;
END;
$$;
--> statement-breakpoint
-- Replaces an application's stored contribution with its current one (repeatable; a deleted case contributes nothing).
CREATE FUNCTION stats_refresh(p_app uuid) RETURNS void LANGUAGE plpgsql AS $$
DECLARE d record;
BEGIN
  IF p_app IS NULL THEN RETURN; END IF;
  FOR d IN
    SELECT month, scope, metric, key, sum(n)::int AS n FROM (
      SELECT month, scope, metric, key, -n AS n FROM stats_contrib WHERE application_id = p_app
      UNION ALL
      SELECT month, scope, metric, key, n FROM stats_contrib_v WHERE application_id = p_app) x
    GROUP BY month, scope, metric, key HAVING sum(n) <> 0
    ORDER BY month, scope, metric, key
  LOOP
    PERFORM stats_add(d.month, d.scope, d.metric, d.key, d.n);
    INSERT INTO stats_contrib AS c VALUES (p_app, d.month, d.scope, d.metric, d.key, d.n)
      ON CONFLICT (application_id, month, scope, metric, key) DO UPDATE SET n = c.n + excluded.n;
  END LOOP;
  DELETE FROM stats_contrib WHERE application_id = p_app AND n = 0;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION stats_app_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN PERFORM stats_refresh(OLD.id); ELSE PERFORM stats_refresh(NEW.id); END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER stats_applications_insert AFTER INSERT OR DELETE ON applications FOR EACH ROW EXECUTE FUNCTION stats_app_changed();
--> statement-breakpoint
CREATE TRIGGER stats_applications_update AFTER UPDATE ON applications FOR EACH ROW
  WHEN (OLD.channel IS DISTINCT FROM NEW.channel OR OLD.flags IS DISTINCT FROM NEW.flags
    OR OLD.street_code IS DISTINCT FROM NEW.street_code OR OLD.service_point_id IS DISTINCT FROM NEW.service_point_id
    OR OLD.urgency IS DISTINCT FROM NEW.urgency OR OLD.resolved_at IS DISTINCT FROM NEW.resolved_at
    OR OLD.created_at IS DISTINCT FROM NEW.created_at OR OLD.subject_id_hash IS DISTINCT FROM NEW.subject_id_hash
    OR OLD.subject_phone_hash IS DISTINCT FROM NEW.subject_phone_hash)
  EXECUTE FUNCTION stats_app_changed();
--> statement-breakpoint
CREATE FUNCTION stats_event_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' AND OLD.type IN ('accept', 'escalate') THEN PERFORM stats_refresh(OLD.application_id); END IF;
  IF TG_OP <> 'DELETE' AND NEW.type IN ('accept', 'escalate')
     AND (TG_OP = 'INSERT' OR NEW IS DISTINCT FROM OLD) THEN PERFORM stats_refresh(NEW.application_id); END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER stats_application_events AFTER INSERT ON application_events FOR EACH ROW
  WHEN (NEW.type IN ('accept', 'escalate')) EXECUTE FUNCTION stats_event_changed();
--> statement-breakpoint
CREATE TRIGGER stats_application_events_change AFTER UPDATE OR DELETE ON application_events FOR EACH ROW
  EXECUTE FUNCTION stats_event_changed();
--> statement-breakpoint
CREATE FUNCTION stats_delivery_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN PERFORM stats_refresh((SELECT application_id FROM service_orders WHERE id = OLD.order_id)); END IF;
  IF TG_OP <> 'DELETE' THEN PERFORM stats_refresh((SELECT application_id FROM service_orders WHERE id = NEW.order_id)); END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER stats_service_deliveries AFTER INSERT OR UPDATE OR DELETE ON service_deliveries FOR EACH ROW
  EXECUTE FUNCTION stats_delivery_changed();
--> statement-breakpoint
CREATE FUNCTION stats_order_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM stats_refresh(OLD.application_id);
  PERFORM stats_refresh(NEW.application_id);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER stats_service_orders AFTER UPDATE ON service_orders FOR EACH ROW
  WHEN (OLD.application_id IS DISTINCT FROM NEW.application_id) EXECUTE FUNCTION stats_order_changed();
--> statement-breakpoint
-- Check-ins at community events (no application): one 人次 in the district and in the event's street.
CREATE FUNCTION stats_checkin(p_day date, p_street text, p_n integer) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF p_day IS NULL THEN RETURN; END IF;
  PERFORM stats_add(to_char(p_day, 'YYYY-MM'), '*', 'pt', '', p_n);
  PERFORM stats_add(to_char(p_day, 'YYYY-MM'), 's:' || coalesce(p_street, '-'), 'pt', '', p_n);
END;
$$;
--> statement-breakpoint
CREATE FUNCTION stats_signup_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    PERFORM stats_checkin(OLD.attended_on, (SELECT street_code FROM community_events WHERE id = OLD.event_id), -1);
  END IF;
  IF TG_OP <> 'DELETE' THEN
    PERFORM stats_checkin(NEW.attended_on, (SELECT street_code FROM community_events WHERE id = NEW.event_id), 1);
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER stats_event_signups_insert AFTER INSERT OR DELETE ON event_signups FOR EACH ROW EXECUTE FUNCTION stats_signup_changed();
--> statement-breakpoint
CREATE TRIGGER stats_event_signups_update AFTER UPDATE ON event_signups FOR EACH ROW
  WHEN (OLD.attended_on IS DISTINCT FROM NEW.attended_on OR OLD.event_id IS DISTINCT FROM NEW.event_id)
  EXECUTE FUNCTION stats_signup_changed();
--> statement-breakpoint
CREATE FUNCTION stats_community_event_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE s record;
BEGIN
  FOR s IN SELECT attended_on FROM event_signups WHERE event_id = NEW.id AND attended_on IS NOT NULL ORDER BY attended_on LOOP
    PERFORM stats_checkin(s.attended_on, OLD.street_code, -1);
    PERFORM stats_checkin(s.attended_on, NEW.street_code, 1);
  END LOOP;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER stats_community_events AFTER UPDATE ON community_events FOR EACH ROW
  WHEN (OLD.street_code IS DISTINCT FROM NEW.street_code) EXECUTE FUNCTION stats_community_event_changed();
--> statement-breakpoint
-- Rebuilds every rollup from the raw rows, set-based (the migration below, tests, bulk loads with the triggers off).
CREATE FUNCTION stats_rebuild() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM stats_rollup;
  DELETE FROM stats_contrib;
  DELETE FROM stats_people;
  INSERT INTO stats_contrib SELECT * FROM stats_contrib_v;
  INSERT INTO stats_people SELECT month, scope, key, sum(n) FROM stats_contrib WHERE metric = 'person' GROUP BY 1, 2, 3;
  INSERT INTO stats_rollup
    SELECT month, scope, metric, key, sum(n) FROM stats_contrib WHERE metric <> 'person' GROUP BY 1, 2, 3, 4
    UNION ALL
    SELECT month, scope, 'people', '', count(*) FROM stats_people GROUP BY 1, 2;
  INSERT INTO stats_rollup AS r
    SELECT to_char(s.attended_on, 'YYYY-MM'), k.scope, 'pt', '', count(*)
      FROM event_signups s JOIN community_events e ON e.id = s.event_id
     CROSS JOIN LATERAL (VALUES ('*'), ('s:' || coalesce(e.street_code, '-'))) k(scope)
     WHERE s.attended_on IS NOT NULL GROUP BY 1, 2
    ON CONFLICT (month, scope, metric, key) DO UPDATE SET n = r.n + excluded.n;
END;
$$;
--> statement-breakpoint
SELECT stats_rebuild();
