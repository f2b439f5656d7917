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
--> statement-breakpoint
CREATE TABLE "household_visits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"community_code" text NOT NULL,
	"street_code" text NOT NULL,
	"household_hash" text NOT NULL,
	"household_name_enc" text NOT NULL,
	"household_address_enc" text NOT NULL,
	"visited_on" date NOT NULL,
	"follow_up_enc" text,
	"follow_up_on" date,
	"contact_consent" boolean DEFAULT false NOT NULL,
	"contact_consent_method" text,
	"facts_enc" text,
	"matched_policy_slugs" text[] DEFAULT '{}'::text[] NOT NULL,
	"visited_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "household_visits_consent_method_chk" CHECK ("household_visits"."contact_consent_method" in ('oral','written','phone')),
	CONSTRAINT "household_visits_consent_chk" CHECK ("household_visits"."contact_consent" = ("household_visits"."contact_consent_method" is not null))
);
--> statement-breakpoint
CREATE TABLE "visit_risks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"visit_id" uuid NOT NULL,
	"area" text NOT NULL,
	"level" text NOT NULL,
	"note_enc" text,
	"cleared_at" timestamp with time zone,
	"cleared_by" uuid,
	"clear_note_enc" text,
	CONSTRAINT "visit_risks_area_chk" CHECK ("visit_risks"."area" in ('economic','health','education','housing','employment','help')),
	CONSTRAINT "visit_risks_level_chk" CHECK ("visit_risks"."level" in ('none','low','medium','high')),
	CONSTRAINT "visit_risks_cleared_chk" CHECK (("visit_risks"."cleared_at" is null) = ("visit_risks"."cleared_by" is null))
);
--> statement-breakpoint
ALTER TABLE "household_visits" ADD CONSTRAINT "household_visits_community_code_divisions_code_fk" FOREIGN KEY ("community_code") REFERENCES "public"."divisions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "household_visits" ADD CONSTRAINT "household_visits_street_code_divisions_code_fk" FOREIGN KEY ("street_code") REFERENCES "public"."divisions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "household_visits" ADD CONSTRAINT "household_visits_visited_by_users_id_fk" FOREIGN KEY ("visited_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_risks" ADD CONSTRAINT "visit_risks_visit_id_household_visits_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."household_visits"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_risks" ADD CONSTRAINT "visit_risks_cleared_by_users_id_fk" FOREIGN KEY ("cleared_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "household_visits_community_idx" ON "household_visits" USING btree ("community_code","visited_on");--> statement-breakpoint
CREATE INDEX "household_visits_street_idx" ON "household_visits" USING btree ("street_code","visited_on");--> statement-breakpoint
CREATE INDEX "household_visits_household_idx" ON "household_visits" USING btree ("household_hash","visited_on");--> statement-breakpoint
CREATE UNIQUE INDEX "visit_risks_visit_area_uq" ON "visit_risks" USING btree ("visit_id","area");--> statement-breakpoint
CREATE INDEX "visit_risks_open_idx" ON "visit_risks" USING btree ("visit_id") WHERE "visit_risks"."cleared_at" is null and "visit_risks"."level" <> 'none';
--> statement-breakpoint
CREATE TABLE "policy_finds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"visit_id" uuid NOT NULL,
	"community_code" text NOT NULL,
	"street_code" text NOT NULL,
	"policy_slug" text NOT NULL,
	"policy_title" text NOT NULL,
	"reason_enc" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"done_at" timestamp with time zone,
	"done_by" uuid,
	CONSTRAINT "policy_finds_done_chk" CHECK (("policy_finds"."done_at" is null) = ("policy_finds"."done_by" is null))
);
--> statement-breakpoint
CREATE TABLE "discovery_catalog_state" (
	"id" integer PRIMARY KEY NOT NULL,
	"fingerprint" text NOT NULL,
	"evaluated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "policy_finds" ADD CONSTRAINT "policy_finds_visit_id_household_visits_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."household_visits"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_finds" ADD CONSTRAINT "policy_finds_done_by_users_id_fk" FOREIGN KEY ("done_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "policy_finds_open_uq" ON "policy_finds" USING btree ("visit_id","policy_slug") WHERE "policy_finds"."done_at" is null;--> statement-breakpoint
CREATE INDEX "policy_finds_community_idx" ON "policy_finds" USING btree ("community_code","created_at");--> statement-breakpoint
CREATE INDEX "policy_finds_street_idx" ON "policy_finds" USING btree ("street_code","created_at");
--> statement-breakpoint
CREATE TABLE "visit_handovers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"visit_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"draft_enc" text NOT NULL,
	"consent_method" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"claimed_at" timestamp with time zone,
	"claimed_by" uuid,
	CONSTRAINT "visit_handovers_consent_method_chk" CHECK ("visit_handovers"."consent_method" in ('oral','written','phone')),
	CONSTRAINT "visit_handovers_claimed_chk" CHECK (("visit_handovers"."claimed_at" is null) = ("visit_handovers"."claimed_by" is null))
);
--> statement-breakpoint
ALTER TABLE "visit_handovers" ADD CONSTRAINT "visit_handovers_visit_id_household_visits_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."household_visits"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_handovers" ADD CONSTRAINT "visit_handovers_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_handovers" ADD CONSTRAINT "visit_handovers_claimed_by_users_id_fk" FOREIGN KEY ("claimed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "visit_handovers_token_uq" ON "visit_handovers" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "visit_handovers_visit_idx" ON "visit_handovers" USING btree ("visit_id");
