/** SQL for unusual reveal volumes: reveals (`case.revealed` audit entries) per user and reason since a moment. */
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/client';

export type RevealCountRow = { user_id: string; display_name: string; reason: string | null; n: number };

/**
 * Reveals since `since` per actor and reason; with `streetCodes` only reveals of cases in those streets/towns.
 * Reads audit_log by (action, at) (index audit_log_action_at_idx, migration 0022; decision 22).
 */
export async function countRevealsSince(db: Db, since: Date, streetCodes: string[] | null): Promise<RevealCountRow[]> {
  const streetFilter =
    streetCodes === null
      ? sql``
      : sql`and exists (select 1 from applications ap where ap.id::text = a.entity_id
          and ap.street_code in (${sql.join(
            streetCodes.map((c) => sql`${c}`),
            sql`, `,
          )}))`;
  return queryRows<RevealCountRow>(
    db,
    sql`
    select a.actor_user_id as user_id, u.display_name, (a.data::jsonb ->> 'reason') as reason, count(*)::int as n
    from audit_log a join users u on u.id = a.actor_user_id
    where a.action = 'case.revealed' and a.at >= ${since.toISOString()}::timestamptz ${streetFilter}
    group by a.actor_user_id, u.display_name, a.data::jsonb ->> 'reason'`,
  );
}
