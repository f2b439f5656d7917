-- Services say what they cost the resident (free text: 免费, 按规定减免…; null = not stated) and how to get them
-- (plain steps, a JSON array of strings). Seed values: server/src/db/seed/content/service-access.ts.
ALTER TABLE "services" ADD COLUMN "cost" text;--> statement-breakpoint
ALTER TABLE "services" ADD COLUMN "how_to_apply" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "services" ADD CONSTRAINT "services_how_to_apply_chk" CHECK (jsonb_typeof("services"."how_to_apply") = 'array');
