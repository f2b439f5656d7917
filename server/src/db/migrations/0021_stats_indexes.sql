-- District statistics (issue 12): the dashboard reads acceptances and escalations of a month range
CREATE INDEX IF NOT EXISTS "application_events_type_at_idx" ON "application_events" USING btree ("type","created_at");
