-- Suggested indexes for the workbench queue (NOT part of the schema; bench experiment only:
-- BENCH_EXPERIMENT_SQL=bench/experiments/queue-open-indexes.sql). Partial on the open statuses the
-- workbench's default 未办结 page asks for, ordered like the queue (due_at asc nulls last, id), so each
-- scope reads its first page straight off an index instead of filtering the district-wide (due_at, id) index.
create index if not exists applications_open_point_due_idx on applications (service_point_id, due_at, id)
  where status in ('submitted','accepted','in_progress','needs_info','escalated');
create index if not exists applications_open_street_due_idx on applications (street_code, due_at, id)
  where status in ('submitted','accepted','in_progress','needs_info','escalated');
create index if not exists applications_open_due_idx on applications (due_at, id)
  where status in ('submitted','accepted','in_progress','needs_info','escalated');
analyze applications;
