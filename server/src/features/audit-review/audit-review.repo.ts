/** SQL of the hub's audit review: view, reveal and household entries of audit_log, filtered, newest first. */
import { sql, type SQL } from 'drizzle-orm';
import { REVIEW_ACTIONS, type ReviewAction } from '../../../../shared/schemas/district';
import { queryRows, type Db } from '../../db/client';

export type ReviewFilter = {
  actorUserId?: string;
  applicationId?: string;
  action?: ReviewAction;
  from?: string;
  to?: string;
  /** Only rows with an id below this one (keyset pagination). */
  beforeId?: string;
};

export type ReviewRow = {
  id: string;
  at: Date | string;
  action: ReviewAction;
  actor_user_id: string | null;
  display_name: string | null;
  entity_id: string | null;
  ref_no: string | null;
  field: string | null;
  reason: string | null;
};

export async function listReviewRows(db: Db, f: ReviewFilter, limit: number): Promise<ReviewRow[]> {
  const where: SQL[] = [
    f.action
      ? sql`a.action = ${f.action}`
      : sql`a.action in (${sql.join(
          REVIEW_ACTIONS.map((a) => sql`${a}`),
          sql`, `,
        )})`,
  ];
  if (f.actorUserId) where.push(sql`a.actor_user_id = ${f.actorUserId}::uuid`);
  if (f.applicationId) where.push(sql`a.entity = 'application' and a.entity_id = ${f.applicationId.toLowerCase()}`);
  if (f.from) where.push(sql`a.at >= ${f.from}::timestamptz`);
  if (f.to) where.push(sql`a.at < ${f.to}::timestamptz`);
  if (f.beforeId) where.push(sql`a.id < ${f.beforeId}::bigint`);
  // the reveal's free note is never read: only the field and the reason from the short list
  return queryRows<ReviewRow>(
    db,
    sql`
    select a.id::text as id, a.at, a.action, a.actor_user_id, u.display_name, a.entity_id, ap.ref_no,
      (a.data::jsonb ->> 'field') as field, (a.data::jsonb ->> 'reason') as reason
    from audit_log a
    left join users u on u.id = a.actor_user_id
    left join applications ap on a.entity = 'application' and ap.id::text = a.entity_id
    where ${sql.join(where, sql` and `)}
    order by a.id desc
    limit ${limit}`,
  );
}
