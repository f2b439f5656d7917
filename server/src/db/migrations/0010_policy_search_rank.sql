-- Policy search ranks on a small title + summary vector (weights A/B of search_vector) instead of the full
-- ~3 KB vector, which is TOASTed and had to be detoasted for every match (52–72 ms for a term in every policy).
--
-- 1. No planner statistics for search_vector: the planner then assumes every query is selective (0.5%) and
--    always uses the GIN index. With statistics it chose a sequential scan for common terms, which evaluates
--    `@@` on (detoasts) every row's vector; the index answers `@@` without reading the vector at all.
--    ALTER TYPE to the same type changes nothing on disk but drops statistics ANALYZE already collected
--    (SET STATISTICS 0 only stops new ones). It must run before rank_vector depends on the column.
ALTER TABLE "policies" ALTER COLUMN "search_vector" TYPE tsvector;
--> statement-breakpoint
ALTER TABLE "policies" ALTER COLUMN "search_vector" SET STATISTICS 0;
--> statement-breakpoint
-- 2. The rank vector, computed by the database from search_vector (also for existing rows, here).
ALTER TABLE "policies" ADD COLUMN "rank_vector" "tsvector" GENERATED ALWAYS AS (ts_filter(search_vector, '{a,b}')) STORED NOT NULL;
