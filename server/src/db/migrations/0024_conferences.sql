CREATE TABLE "case_conferences" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"place" text,
	"online_url" text,
	"agenda" text NOT NULL,
	"convened_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_conferences_where_chk" CHECK ("case_conferences"."place" is not null or "case_conferences"."online_url" is not null)
);
--> statement-breakpoint
CREATE TABLE "case_conference_cases" (
	"conference_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	CONSTRAINT "case_conference_cases_conference_id_application_id_pk" PRIMARY KEY("conference_id","application_id")
);
--> statement-breakpoint
CREATE TABLE "case_conference_participants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"conference_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"department_id" uuid,
	"point_id" uuid,
	"provider_id" uuid,
	"application_id" uuid,
	CONSTRAINT "case_conference_participants_kind_chk" CHECK ("case_conference_participants"."kind" in ('department','point','provider','resident')),
	CONSTRAINT "case_conference_participants_ref_chk" CHECK (("case_conference_participants"."kind" = 'department') = ("case_conference_participants"."department_id" is not null)
       and ("case_conference_participants"."kind" = 'point') = ("case_conference_participants"."point_id" is not null)
       and ("case_conference_participants"."kind" = 'provider') = ("case_conference_participants"."provider_id" is not null)
       and ("case_conference_participants"."kind" = 'resident') = ("case_conference_participants"."application_id" is not null))
);
--> statement-breakpoint
CREATE TABLE "case_conference_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"conference_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"detail" text NOT NULL,
	"plain_text" text NOT NULL,
	"decided_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "joint_meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"month" text NOT NULL,
	"held_on" date NOT NULL,
	"place" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "joint_meetings_month_unique" UNIQUE("month"),
	CONSTRAINT "joint_meetings_month_chk" CHECK ("joint_meetings"."month" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$')
);
--> statement-breakpoint
CREATE TABLE "joint_meeting_attendees" (
	"meeting_id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	CONSTRAINT "joint_meeting_attendees_meeting_id_department_id_pk" PRIMARY KEY("meeting_id","department_id")
);
--> statement-breakpoint
CREATE TABLE "joint_meeting_agenda" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "joint_meeting_agenda_kind_chk" CHECK ("joint_meeting_agenda"."kind" in ('previous_actions','overdue_cases','unclassified_needs','other'))
);
--> statement-breakpoint
CREATE TABLE "joint_meeting_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"text" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "follow_up_tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"conference_id" uuid,
	"meeting_id" uuid,
	"application_id" uuid,
	"title" text NOT NULL,
	"owner_kind" text NOT NULL,
	"owner_user_id" uuid,
	"owner_department_id" uuid,
	"owner_point_id" uuid,
	"due_on" date NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"done_at" timestamp with time zone,
	"done_by" uuid,
	"done_note" text,
	"escalated_at" timestamp with time zone,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "follow_up_tasks_status_chk" CHECK ("follow_up_tasks"."status" in ('open','done')),
	CONSTRAINT "follow_up_tasks_owner_kind_chk" CHECK ("follow_up_tasks"."owner_kind" in ('user','department','point')),
	CONSTRAINT "follow_up_tasks_source_chk" CHECK (("follow_up_tasks"."conference_id" is null) <> ("follow_up_tasks"."meeting_id" is null)),
	CONSTRAINT "follow_up_tasks_owner_chk" CHECK (("follow_up_tasks"."owner_kind" = 'user') = ("follow_up_tasks"."owner_user_id" is not null)
       and ("follow_up_tasks"."owner_kind" = 'department') = ("follow_up_tasks"."owner_department_id" is not null)
       and ("follow_up_tasks"."owner_kind" = 'point') = ("follow_up_tasks"."owner_point_id" is not null)),
	CONSTRAINT "follow_up_tasks_done_chk" CHECK (("follow_up_tasks"."status" = 'done') = ("follow_up_tasks"."done_at" is not null))
);
--> statement-breakpoint
ALTER TABLE "case_conferences" ADD CONSTRAINT "case_conferences_convened_by_users_id_fk" FOREIGN KEY ("convened_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "case_conference_cases" ADD CONSTRAINT "case_conference_cases_conference_id_case_conferences_id_fk" FOREIGN KEY ("conference_id") REFERENCES "public"."case_conferences"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "case_conference_cases" ADD CONSTRAINT "case_conference_cases_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "case_conference_participants" ADD CONSTRAINT "case_conference_participants_conference_id_case_conferences_id_fk" FOREIGN KEY ("conference_id") REFERENCES "public"."case_conferences"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "case_conference_participants" ADD CONSTRAINT "case_conference_participants_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "case_conference_participants" ADD CONSTRAINT "case_conference_participants_point_id_service_points_id_fk" FOREIGN KEY ("point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "case_conference_participants" ADD CONSTRAINT "case_conference_participants_provider_id_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."providers"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "case_conference_participants" ADD CONSTRAINT "case_conference_participants_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "case_conference_decisions" ADD CONSTRAINT "case_conference_decisions_conference_id_case_conferences_id_fk" FOREIGN KEY ("conference_id") REFERENCES "public"."case_conferences"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "case_conference_decisions" ADD CONSTRAINT "case_conference_decisions_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "case_conference_decisions" ADD CONSTRAINT "case_conference_decisions_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "joint_meetings" ADD CONSTRAINT "joint_meetings_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "joint_meeting_attendees" ADD CONSTRAINT "joint_meeting_attendees_meeting_id_joint_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."joint_meetings"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "joint_meeting_attendees" ADD CONSTRAINT "joint_meeting_attendees_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "joint_meeting_agenda" ADD CONSTRAINT "joint_meeting_agenda_meeting_id_joint_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."joint_meetings"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "joint_meeting_decisions" ADD CONSTRAINT "joint_meeting_decisions_meeting_id_joint_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."joint_meetings"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "joint_meeting_decisions" ADD CONSTRAINT "joint_meeting_decisions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "follow_up_tasks" ADD CONSTRAINT "follow_up_tasks_conference_id_case_conferences_id_fk" FOREIGN KEY ("conference_id") REFERENCES "public"."case_conferences"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "follow_up_tasks" ADD CONSTRAINT "follow_up_tasks_meeting_id_joint_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."joint_meetings"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "follow_up_tasks" ADD CONSTRAINT "follow_up_tasks_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "follow_up_tasks" ADD CONSTRAINT "follow_up_tasks_owner_user_id_users_id_fk" FOREIGN KEY ("owner_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "follow_up_tasks" ADD CONSTRAINT "follow_up_tasks_owner_department_id_departments_id_fk" FOREIGN KEY ("owner_department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "follow_up_tasks" ADD CONSTRAINT "follow_up_tasks_owner_point_id_service_points_id_fk" FOREIGN KEY ("owner_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "follow_up_tasks" ADD CONSTRAINT "follow_up_tasks_done_by_users_id_fk" FOREIGN KEY ("done_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "follow_up_tasks" ADD CONSTRAINT "follow_up_tasks_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
CREATE INDEX "case_conferences_convener_idx" ON "case_conferences" USING btree ("convened_by","starts_at");
--> statement-breakpoint
CREATE INDEX "case_conference_cases_app_idx" ON "case_conference_cases" USING btree ("application_id");
--> statement-breakpoint
CREATE INDEX "case_conference_participants_conf_idx" ON "case_conference_participants" USING btree ("conference_id");
--> statement-breakpoint
CREATE INDEX "case_conference_decisions_conf_idx" ON "case_conference_decisions" USING btree ("conference_id","created_at");
--> statement-breakpoint
CREATE INDEX "joint_meeting_agenda_meeting_idx" ON "joint_meeting_agenda" USING btree ("meeting_id","position");
--> statement-breakpoint
CREATE INDEX "joint_meeting_decisions_meeting_idx" ON "joint_meeting_decisions" USING btree ("meeting_id","created_at");
--> statement-breakpoint
CREATE INDEX "follow_up_tasks_user_idx" ON "follow_up_tasks" USING btree ("owner_user_id","status","due_at");
--> statement-breakpoint
CREATE INDEX "follow_up_tasks_department_idx" ON "follow_up_tasks" USING btree ("owner_department_id","status","due_at");
--> statement-breakpoint
CREATE INDEX "follow_up_tasks_point_idx" ON "follow_up_tasks" USING btree ("owner_point_id","status","due_at");
--> statement-breakpoint
CREATE INDEX "follow_up_tasks_conference_idx" ON "follow_up_tasks" USING btree ("conference_id");
--> statement-breakpoint
CREATE INDEX "follow_up_tasks_meeting_idx" ON "follow_up_tasks" USING btree ("meeting_id");
--> statement-breakpoint
CREATE INDEX "follow_up_tasks_overdue_idx" ON "follow_up_tasks" USING btree ("due_at") WHERE "follow_up_tasks"."status" = 'open' and "follow_up_tasks"."escalated_at" is null;
--> statement-breakpoint
ALTER TABLE "application_events" DROP CONSTRAINT "application_events_type_chk";
--> statement-breakpoint
ALTER TABLE "application_events" ADD CONSTRAINT "application_events_type_chk" CHECK ("application_events"."type" in ('submitted','accept','contact','visit','askInfo','provideInfo','referDepartment','transfer','escalate','resolve','close','reopen','withdraw','referralResponse','consentRecorded','serviceOrder','followUp','conferenceDecision'));
