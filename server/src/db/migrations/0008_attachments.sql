ALTER TABLE "attachments" ALTER COLUMN "application_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "attachments" ADD COLUMN "event_id" bigint;--> statement-breakpoint
ALTER TABLE "attachments" ADD COLUMN "purpose" text DEFAULT 'application' NOT NULL;--> statement-breakpoint
ALTER TABLE "attachments" ADD COLUMN "original_name" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "attachments" ADD COLUMN "linked_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "attachments" ADD COLUMN "position" smallint;--> statement-breakpoint
UPDATE "attachments" SET "linked_at" = "created_at" WHERE "application_id" IS NOT NULL;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_event_id_application_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."application_events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "attachments_storage_key_uq" ON "attachments" USING btree ("storage_key");--> statement-breakpoint
CREATE INDEX "attachments_application_idx" ON "attachments" USING btree ("application_id","created_at");--> statement-breakpoint
CREATE INDEX "attachments_staged_idx" ON "attachments" USING btree ("created_at") WHERE "attachments"."application_id" is null;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_kind_chk" CHECK ("attachments"."kind" in ('image','pdf'));--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_purpose_chk" CHECK ("attachments"."purpose" in ('application','visit'));--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_linked_chk" CHECK (("attachments"."application_id" is null) = ("attachments"."linked_at" is null));