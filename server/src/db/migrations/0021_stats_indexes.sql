-- District statistics (issue 12): the dashboard reads acceptances and escalations of a month range
CREATE INDEX IF NOT EXISTS "application_events_type_at_idx" ON "application_events" USING btree ("type","created_at");--> statement-breakpoint
-- the month's applications and resolutions (dashboard, demand list, 人次 of resolved cases)
CREATE INDEX IF NOT EXISTS "applications_created_at_idx" ON "applications" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "applications_resolved_on_idx" ON "applications" USING btree ("resolved_at") WHERE "resolved_at" IS NOT NULL;
