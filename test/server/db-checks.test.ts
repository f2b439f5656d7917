/**
 * The enum columns are checked by the database too (migration 0012 and the older CHECKs): a value outside the
 * shared enum is refused with check_violation whatever code path writes it, and NULL still passes where allowed.
 */
import { sql, type SQL } from 'drizzle-orm';
import { buildApplication } from './support/applications';
import { useTestApp } from './support/harness';

const t = useTestApp();
type Statement = (applicationId: string) => SQL;

/** The SQLSTATE the statement fails with (drizzle wraps the driver error as `cause`), or null when it succeeds. */
async function sqlState(statement: SQL): Promise<string | null> {
  return t.deps.db.execute(statement).then(
    () => null,
    (e: Error & { cause?: { code?: string } }) => e.cause?.code ?? 'no code',
  );
}

describe('enum CHECK constraints', () => {
  let id = '';
  beforeAll(async () => {
    id = (await buildApplication(t)).id;
  });

  it.each<[string, Statement]>([
    ['applications.need_tier', (app) => sql`update applications set need_tier = 'wealthy' where id = ${app}`],
    ['applications.target_group', (app) => sql`update applications set target_group = 'vip' where id = ${app}`],
    ['applications.relationship', (app) => sql`update applications set relationship = 'friend' where id = ${app}`],
    [
      'applications.categories',
      (app) => sql`update applications set categories = array['medical','lottery'] where id = ${app}`,
    ],
    ['applications.outcome', (app) => sql`update applications set outcome = 'maybe' where id = ${app}`],
    [
      'application_events.type',
      (app) => sql`insert into application_events (application_id, type) values (${app}, 'teleport')`,
    ],
    [
      'application_events.status_to',
      (app) => sql`insert into application_events (application_id, type, status_to) values (${app}, 'accept', 'lost')`,
    ],
    [
      'department_referrals.status',
      (app) => sql`insert into department_referrals (application_id, department_id, referred_by_user_id, note, status)
        select a.id, d.id, a.applicant_user_id, '协助', 'ignored' from applications a, departments d where a.id = ${app} limit 1`,
    ],
    [
      'invites.role',
      () =>
        sql`insert into invites (code_hash, role, created_by, expires_at) select 'x', 'resident', id, now() from users limit 1`,
    ],
    ['policies.need_tiers', () => sql`update policies set need_tiers = array['survival','luxury']`],
    ['stories.target_groups', () => sql`update stories set target_groups = array['nobody']`],
    ['providers.kind', () => sql`update providers set kind = 'government'`],
    ['services.need_tier', () => sql`update services set need_tier = 'comfort'`],
    ['services.delivery', () => sql`update services set delivery = 'drone'`],
  ])('refuses a value outside the enum in %s', async (_column, statement) => {
    // updates of content tables hit the seeded policies, stories, providers and services
    expect(await sqlState(statement(id))).toBe('23514');
  });

  it('accepts NULL and values of the enum', async () => {
    expect(
      await sqlState(
        sql`update applications set need_tier = null, target_group = null, relationship = null, outcome = null where id = ${id}`,
      ),
    ).toBeNull();
    expect(
      await sqlState(
        sql`update applications set need_tier = 'care', target_group = 'tekun', relationship = 'guardian', categories = '{}' where id = ${id}`,
      ),
    ).toBeNull();
  });
});
