/** Fixed-window counters in PostgreSQL so a limit holds across every server process. */
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/client';

/** Counts one hit for `key` in the window starting at or after now - windowMs; returns the count and the window start. */
export async function hit(
  db: Db,
  key: string,
  now: Date,
  windowMs: number,
): Promise<{ count: number; windowStart: Date }> {
  const cutoff = new Date(now.getTime() - windowMs);
  const rows = await queryRows<{ count: number; window_start: string | Date }>(
    db,
    sql`
    insert into rate_limits (key, window_start, count) values (${key}, ${now.toISOString()}, 1)
    on conflict (key) do update set
      count = case when rate_limits.window_start <= ${cutoff.toISOString()} then 1 else rate_limits.count + 1 end,
      window_start = case when rate_limits.window_start <= ${cutoff.toISOString()} then excluded.window_start else rate_limits.window_start end
    returning count, window_start`,
  );
  const row = rows[0]!;
  return { count: Number(row.count), windowStart: new Date(row.window_start) };
}
