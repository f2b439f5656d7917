CREATE TABLE "application_outcomes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"decision" text NOT NULL,
	"decided_text" text NOT NULL,
	"reason" text,
	"alternatives" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"decided_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "application_outcomes_decision_chk" CHECK ("application_outcomes"."decision" in ('approved','partly','referred','refused')),
	CONSTRAINT "application_outcomes_refusal_chk" CHECK ("application_outcomes"."decision" <> 'refused' or ("application_outcomes"."reason" is not null and jsonb_array_length("application_outcomes"."alternatives") > 0))
);
--> statement-breakpoint
ALTER TABLE "application_events" DROP CONSTRAINT "application_events_type_chk";--> statement-breakpoint
ALTER TABLE "applications" DROP CONSTRAINT "applications_outcome_chk";--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "applicant_phone_enc" text;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "resolve_due_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "application_outcomes" ADD CONSTRAINT "application_outcomes_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_outcomes" ADD CONSTRAINT "application_outcomes_decided_by_user_id_users_id_fk" FOREIGN KEY ("decided_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "application_outcomes_app_idx" ON "application_outcomes" USING btree ("application_id","created_at");--> statement-breakpoint
CREATE INDEX "applications_resolve_due_idx" ON "applications" USING btree ("resolve_due_at") WHERE "applications"."status" in ('accepted','in_progress');--> statement-breakpoint
CREATE INDEX "applications_resolved_at_idx" ON "applications" USING btree ("resolved_at") WHERE "applications"."status" = 'resolved';--> statement-breakpoint
ALTER TABLE "application_events" ADD CONSTRAINT "application_events_type_chk" CHECK ("application_events"."type" in ('submitted','accept','contact','visit','askInfo','provideInfo','referDepartment','transfer','escalate','resolve','close','reopen','withdraw','referralResponse','consentRecorded','serviceOrder','followUp'));--> statement-breakpoint
-- the outcome words of issue 11.4: helped → approved, partly_helped → partly, not_eligible → refused
UPDATE "applications" SET "outcome" = CASE "outcome" WHEN 'helped' THEN 'approved' WHEN 'partly_helped' THEN 'partly' WHEN 'not_eligible' THEN 'refused' ELSE "outcome" END WHERE "outcome" IS NOT NULL;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_outcome_chk" CHECK ("applications"."outcome" in ('approved','partly','referred','refused'));
