-- Issue 15: the audit trail becomes one hash chain per entity instead of one chain for the whole table, so no write
-- waits on a lock that every audited write shares. A row of a chain carries its chain name and its 1-based place in
-- it; its hash covers both (audit.repo.ts). Rows written before this migration keep chain and seq NULL: they stay
-- the sealed legacy chain, verified in id order as before and anchored by the checkpoints already written for it.
-- ADD COLUMN touches no row, so the append-only triggers stay on throughout.
ALTER TABLE "audit_log" ADD COLUMN "chain" text;
--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "seq" bigint;
--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_chain_seq_chk" CHECK (("chain" IS NULL) = ("seq" IS NULL) AND ("seq" IS NULL OR "seq" >= 1));
--> statement-breakpoint
-- one row per place in a chain: two writers that raced past the chain's lock fail instead of forking it
CREATE UNIQUE INDEX "audit_log_chain_seq_uq" ON "audit_log" USING btree ("chain","seq");
--> statement-breakpoint
-- checkpoints seal the chains that moved since the previous checkpoint
CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at");
--> statement-breakpoint
-- the legacy chain's head and its verification walk, without scanning the per-entity rows
CREATE INDEX "audit_log_legacy_idx" ON "audit_log" USING btree ("id") WHERE "chain" IS NULL;
