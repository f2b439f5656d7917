ALTER TABLE "service_points" ADD COLUMN "opening_schedule" jsonb;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "sent_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "sent_via" text;