-- Encryption at rest (docs/decisions.md 23): subject name, address, description and target group move to *_enc
-- columns (AES-256-GCM, sealed by the app); the plain columns stay nullable and are emptied by npm run crypto:reencrypt.
ALTER TABLE "applications" ALTER COLUMN "subject_name" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "applications" ALTER COLUMN "address" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "applications" ALTER COLUMN "description" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "subject_name_enc" text;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "address_enc" text;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "description_enc" text;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "target_group_enc" text;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "target_group_hash" text;--> statement-breakpoint
CREATE INDEX "applications_target_group_hash_idx" ON "applications" USING btree ("target_group_hash");
