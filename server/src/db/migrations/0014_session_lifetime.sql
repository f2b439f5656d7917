-- A login lasts at most 30 days from login (absolute) and ends after 7 idle days (issue 10, point 11).
-- Existing sessions get created_at + 30 days and their newest refresh as their last use.
ALTER TABLE "auth_sessions" ADD COLUMN "expires_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "auth_sessions" ADD COLUMN "last_used_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "auth_sessions" ADD COLUMN "device_label" text;--> statement-breakpoint
UPDATE "auth_sessions" s SET "expires_at" = s."created_at" + interval '30 days',
  "last_used_at" = coalesce((select max(r."issued_at") from "refresh_tokens" r where r."session_id" = s."id"), s."created_at");--> statement-breakpoint
ALTER TABLE "auth_sessions" ALTER COLUMN "expires_at" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "auth_sessions" ALTER COLUMN "last_used_at" SET NOT NULL;
--> statement-breakpoint
-- Unused refresh tokens issued before this migration stop sliding past the new limits.
UPDATE "refresh_tokens" r SET "expires_at" = least(r."expires_at", r."issued_at" + interval '7 days', s."expires_at")
  FROM "auth_sessions" s WHERE s."id" = r."session_id" AND r."used_at" IS NULL;
