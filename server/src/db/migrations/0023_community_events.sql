CREATE TABLE "community_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"theme" text NOT NULL,
	"spring_month" smallint,
	"department_id" uuid,
	"owner_point_id" uuid,
	"venue_point_id" uuid,
	"address" text,
	"street_code" text,
	"division_code" text,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"capacity" integer NOT NULL,
	"audience" text NOT NULL,
	"description" text,
	"status" text DEFAULT 'published' NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "community_events_code_unique" UNIQUE("code"),
	CONSTRAINT "community_events_status_chk" CHECK ("community_events"."status" in ('published','cancelled')),
	CONSTRAINT "community_events_capacity_chk" CHECK ("community_events"."capacity" > 0),
	CONSTRAINT "community_events_time_chk" CHECK ("community_events"."ends_at" > "community_events"."starts_at"),
	CONSTRAINT "community_events_spring_month_chk" CHECK ("community_events"."spring_month" between 1 and 12),
	CONSTRAINT "community_events_place_chk" CHECK (("community_events"."venue_point_id" is null) <> ("community_events"."address" is null)),
	CONSTRAINT "community_events_owner_chk" CHECK ("community_events"."department_id" is not null or "community_events"."owner_point_id" is not null)
);
--> statement-breakpoint
CREATE TABLE "event_signups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"for_relative" boolean DEFAULT false NOT NULL,
	"relative_name_enc" text,
	"relative_phone_enc" text,
	"relative_phone_hash" text,
	"status" text NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "event_signups_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"checked_in_at" timestamp with time zone,
	"checked_in_by" uuid,
	"attended_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"cancelled_at" timestamp with time zone,
	CONSTRAINT "event_signups_code_unique" UNIQUE("code"),
	CONSTRAINT "event_signups_status_chk" CHECK ("event_signups"."status" in ('confirmed','waitlisted','cancelled')),
	CONSTRAINT "event_signups_relative_chk" CHECK ("event_signups"."for_relative" = ("event_signups"."relative_name_enc" is not null) and "event_signups"."for_relative" = ("event_signups"."relative_phone_hash" is not null)),
	CONSTRAINT "event_signups_checkin_chk" CHECK (("event_signups"."checked_in_at" is null) = ("event_signups"."attended_on" is null))
);
--> statement-breakpoint
ALTER TABLE "community_events" ADD CONSTRAINT "community_events_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_events" ADD CONSTRAINT "community_events_owner_point_id_service_points_id_fk" FOREIGN KEY ("owner_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_events" ADD CONSTRAINT "community_events_venue_point_id_service_points_id_fk" FOREIGN KEY ("venue_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_events" ADD CONSTRAINT "community_events_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_signups" ADD CONSTRAINT "event_signups_event_id_community_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."community_events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_signups" ADD CONSTRAINT "event_signups_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_signups" ADD CONSTRAINT "event_signups_checked_in_by_users_id_fk" FOREIGN KEY ("checked_in_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "community_events_starts_idx" ON "community_events" USING btree ("status","starts_at");--> statement-breakpoint
CREATE INDEX "community_events_department_idx" ON "community_events" USING btree ("department_id","starts_at");--> statement-breakpoint
CREATE INDEX "community_events_owner_point_idx" ON "community_events" USING btree ("owner_point_id","starts_at");--> statement-breakpoint
CREATE INDEX "event_signups_event_idx" ON "event_signups" USING btree ("event_id","status","seq");--> statement-breakpoint
CREATE INDEX "event_signups_user_idx" ON "event_signups" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "event_signups_attended_idx" ON "event_signups" USING btree ("attended_on");--> statement-breakpoint
CREATE UNIQUE INDEX "event_signups_self_uq" ON "event_signups" USING btree ("event_id","user_id") WHERE "event_signups"."for_relative" = false and "event_signups"."status" <> 'cancelled';--> statement-breakpoint
CREATE UNIQUE INDEX "event_signups_relative_uq" ON "event_signups" USING btree ("event_id","relative_phone_hash") WHERE "event_signups"."for_relative" = true and "event_signups"."status" <> 'cancelled';
