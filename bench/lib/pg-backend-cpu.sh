#!/usr/bin/env bash
# PostgreSQL CPU per transaction of each bench database, sampled from /proc while a bench runs on the same machine:
#   bash bench/lib/pg-backend-cpu.sh & DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres BENCH_ONLY=submit npm run bench; kill %1
# Every 0.5 s: the backends of databases named zhulian_bench_* (pg_stat_activity) and their user+system CPU
# (/proc/<pid>/stat), and each database's committed transactions (pg_stat_database). On exit (SIGTERM/SIGINT, or
# when no bench database was seen for 20 s after one was): per database, backend CPU seconds, transactions, ms each.
# Background processes (WAL writer, checkpointer) are not counted. Bench-only profiling aid; PGHOST etc. as psql's.
# PG_CPU_TRACE=1 also prints every sample to stderr (epoch seconds, database, CPU seconds so far, transactions so far),
# to take the difference over one measured run (timestamp the bench's output lines to find its bounds).
set -u
declare -A cpu xacts
tick=$(getconf CLK_TCK)
seen=0 idle=0
report() {
  printf '%-55s %10s %10s %12s\n' database cpu_s xacts cpu_ms/xact
  for db in "${!xacts[@]}"; do
    total=0
    for k in "${!cpu[@]}"; do [[ ${k%%|*} == "$db" ]] && total=$((total + cpu[$k])); done
    awk -v d="$db" -v t="$total" -v x="${xacts[$db]}" -v hz="$tick" \
      'BEGIN { printf "%-55s %10.2f %10d %12.3f\n", d, t / hz, x, (x > 0 ? 1000 * t / hz / x : 0) }'
  done
  exit 0
}
trap report TERM INT
while :; do
  rows=$(psql -h "${PGHOST:-127.0.0.1}" -U "${PGUSER:-postgres}" -d postgres -Atc \
    "select datname || '|' || pid from pg_stat_activity where datname like 'zhulian_bench_%'
     union all select 'x|' || datname || '|' || xact_commit from pg_stat_database where datname like 'zhulian_bench_%'" 2>/dev/null)
  if [[ -n $rows ]]; then seen=1 idle=0; else idle=$((idle + 1)); fi
  while IFS='|' read -r a b c; do
    [[ -z $a ]] && continue
    if [[ $a == x ]]; then xacts[$b]=$c; continue; fi
    stat=$(cat "/proc/$b/stat" 2>/dev/null) || continue
    read -r -a f <<<"${stat##*) }"
    cpu["$a|$b"]=$((f[11] + f[12]))
  done <<<"$rows"
  if [[ ${PG_CPU_TRACE:-} == 1 ]]; then
    now=$(date +%s.%N)
    for db in "${!xacts[@]}"; do
      total=0
      for k in "${!cpu[@]}"; do [[ ${k%%|*} == "$db" ]] && total=$((total + cpu[$k])); done
      echo "$now $db $((total)) ${xacts[$db]}" >&2
    done
  fi
  if ((seen && idle > 40)); then report; fi
  sleep 0.5
done
