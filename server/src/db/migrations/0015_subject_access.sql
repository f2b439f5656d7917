-- Subject access (issue 10.3): a proxy application's subject is bound to their own account by a one-time code staff
-- read out on the phone (subject_codes, hashed), never by the phone number the proxy typed. Referrals close as
-- 'cancelled' when the application is withdrawn or consent revoked (issue 10.5).
CREATE TABLE "subject_codes" (
	"application_id" uuid PRIMARY KEY NOT NULL,
	"code_hash" text NOT NULL,
	"issued_by_user_id" uuid NOT NULL,
	"issued_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"tries" smallint DEFAULT 0 NOT NULL,
	"used_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "department_referrals" DROP CONSTRAINT "department_referrals_status_chk";--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "subject_user_id" uuid;--> statement-breakpoint
ALTER TABLE "subject_codes" ADD CONSTRAINT "subject_codes_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subject_codes" ADD CONSTRAINT "subject_codes_issued_by_user_id_users_id_fk" FOREIGN KEY ("issued_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_subject_user_id_users_id_fk" FOREIGN KEY ("subject_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "applications_subject_user_idx" ON "applications" USING btree ("subject_user_id");--> statement-breakpoint
ALTER TABLE "department_referrals" ADD CONSTRAINT "department_referrals_status_chk" CHECK ("department_referrals"."status" in ('open','accepted','done','cancelled'));