/**
 * The dashboard's rollups (migration 0028, decision 41): per China-time month and scope, sums that PL/pgSQL triggers
 * keep in the same transaction as every change to applications, their accept/escalate events, deliveries and event
 * check-ins. Scopes: '*' the district (figures fixed at submission have no district row: the hub sums the streets),
 * 's:<street code>' a street/town ('s:-' no street), 'x:<street>' cases at that street's station whose own street
 * differs. Metrics: ch (key channel), uncl, acc / ontime (key urgency), esc, hacc / hres (key: hours bucket, see
 * stats_hours_bucket), pt (人次), people (distinct people behind the 人次). Read by rollup-reach.repo.ts.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';

/** Recomputes every rollup from the raw rows (tests; bulk loads that ran with the triggers off). */
export async function rebuildRollups(db: Db): Promise<void> {
  await db.execute(sql`select stats_rebuild()`);
}
