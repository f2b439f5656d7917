CREATE TABLE "outreach_codes" (
	"id" text PRIMARY KEY NOT NULL,
	"community_code" text NOT NULL,
	"street_code" text NOT NULL,
	"kind" text NOT NULL,
	"label" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "outreach_codes_kind_chk" CHECK ("outreach_codes"."kind" in ('poster','brochure','event'))
);
--> statement-breakpoint
CREATE TABLE "outreach_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code_id" text NOT NULL,
	"kind" text NOT NULL,
	"application_id" uuid,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "outreach_events_kind_chk" CHECK ("outreach_events"."kind" in ('visit','self_check','application'))
);
--> statement-breakpoint
ALTER TABLE "outreach_codes" ADD CONSTRAINT "outreach_codes_community_code_divisions_code_fk" FOREIGN KEY ("community_code") REFERENCES "public"."divisions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outreach_codes" ADD CONSTRAINT "outreach_codes_street_code_divisions_code_fk" FOREIGN KEY ("street_code") REFERENCES "public"."divisions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outreach_codes" ADD CONSTRAINT "outreach_codes_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outreach_events" ADD CONSTRAINT "outreach_events_code_id_outreach_codes_id_fk" FOREIGN KEY ("code_id") REFERENCES "public"."outreach_codes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outreach_events" ADD CONSTRAINT "outreach_events_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "outreach_codes_community_idx" ON "outreach_codes" USING btree ("community_code","created_at");--> statement-breakpoint
CREATE INDEX "outreach_codes_street_idx" ON "outreach_codes" USING btree ("street_code");--> statement-breakpoint
CREATE INDEX "outreach_events_code_idx" ON "outreach_events" USING btree ("code_id","occurred_at");--> statement-breakpoint
CREATE UNIQUE INDEX "outreach_events_application_uq" ON "outreach_events" USING btree ("application_id");
