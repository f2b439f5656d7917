/**
 * Reach of outreach codes by community (for the dashboard): codes, scans (visits), self-checks and applications
 * that came from a code, in a time window and a caller's scope. Counts only; attribution rows hold no personal data.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { queryRows } from '../../db/client';
import type { CodeScope } from './outreach.repo';

export type CommunityReach = {
  code: string;
  name: string;
  codes: number;
  visits: number;
  selfChecks: number;
  applications: number;
};

/** Per community with at least one code in scope, events in [from, to). Ordered by visits, most first. */
export async function reachByCommunity(db: Db, from: Date, to: Date, scope: CodeScope): Promise<CommunityReach[]> {
  const where = scope.all
    ? sql`true`
    : sql`(c.street_code = any(${sql.param(scope.streetCodes)}::text[]) or c.community_code = any(${sql.param(scope.communityCodes)}::text[]))`;
  const rows = await queryRows<{
    code: string;
    name: string;
    codes: number;
    visits: number;
    self_checks: number;
    applications: number;
  }>(
    db,
    sql`select d.code, d.name,
          count(distinct c.id)::int as codes,
          count(e.id) filter (where e.kind = 'visit')::int as visits,
          count(e.id) filter (where e.kind = 'self_check')::int as self_checks,
          count(e.id) filter (where e.kind = 'application')::int as applications
        from outreach_codes c
        join divisions d on d.code = c.community_code
        left join outreach_events e on e.code_id = c.id and e.occurred_at >= ${from} and e.occurred_at < ${to}
        where ${where}
        group by d.code, d.name
        order by visits desc, d.code`,
  );
  return rows.map((r) => ({
    code: r.code,
    name: r.name,
    codes: r.codes,
    visits: r.visits,
    selfChecks: r.self_checks,
    applications: r.applications,
  }));
}
