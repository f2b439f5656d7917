-- Neighbour leads (issue 10.7): staff record the subject's consent on the timeline (consentRecorded), and a lead that never
-- became a case is erased 90 days after closing (details_erased_at marks it; counts stay).
ALTER TABLE "application_events" DROP CONSTRAINT "application_events_type_chk";--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "details_erased_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "application_events" ADD CONSTRAINT "application_events_type_chk" CHECK ("application_events"."type" in ('submitted','accept','contact','visit','askInfo','provideInfo','referDepartment','transfer','escalate','resolve','close','reopen','withdraw','referralResponse','consentRecorded'));