/**
 * The dashboard's rollups (migration 0028, decision 41): per China-time month and scope, sums that PL/pgSQL triggers
 * keep in the same transaction as every change to applications, their accept/escalate events, deliveries and event
 * check-ins. Scopes: '*' the district (figures fixed at submission have no district row: the hub sums the streets),
 * 's:<street code>' a street/town ('s:-' no street), 'x:<street>' cases at that street's station whose own street
 * differs. Metrics: ch (key channel), uncl, acc / ontime (key urgency), esc, hacc / hres (key: hours bucket, see
 * stats_hours_bucket), pt (人次), people (distinct people behind the 人次).
 */
import { sql } from 'drizzle-orm';
import { bigint, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client';

/** Written only by the migration's triggers; declared here (not in the drizzle-kit schema) to read it. */
const statsRollup = pgTable(
  'stats_rollup',
  {
    month: text('month').notNull(),
    scope: text('scope').notNull(),
    metric: text('metric').notNull(),
    key: text('key').notNull(),
    n: bigint('n', { mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.month, t.scope, t.metric, t.key] })],
);

export type RollupRow = { month: string; scope: string; metric: string; key: string; n: number };

function rollupQuery(db: Db) {
  return db
    .select({
      month: statsRollup.month,
      scope: statsRollup.scope,
      metric: statsRollup.metric,
      key: statsRollup.key,
      n: statsRollup.n,
    })
    .from(statsRollup)
    .where(
      sql`${statsRollup.month} = any(${sql.placeholder('months')}::text[]) and (${statsRollup.scope} = any(${sql.placeholder('scopes')}::text[])
        or (${sql.placeholder('streets')}::boolean and ${statsRollup.scope} like 's:%' and ${statsRollup.metric} in ('ch', 'uncl', 'pt')))`,
    )
    .prepare('stats_rollup_read');
}

const rollupQueries = new WeakMap<Db, ReturnType<typeof rollupQuery>>();

/**
 * The rollup rows of `months` in `scopes`, plus (with `streets`) every street's channel, unclassified and 人次 rows
 * (the figures the hub sums over streets and shows per street). One prepared statement.
 */
export async function readRollups(
  db: Db,
  input: { months: string[]; scopes: string[]; streets: boolean },
): Promise<RollupRow[]> {
  let query = rollupQueries.get(db);
  if (!query) rollupQueries.set(db, (query = rollupQuery(db)));
  return query.execute(input);
}

/** Recomputes every rollup from the raw rows (tests; bulk loads that ran with the triggers off). */
export async function rebuildRollups(db: Db): Promise<void> {
  await db.execute(sql`select stats_rebuild()`);
}
