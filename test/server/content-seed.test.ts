import { sql } from 'drizzle-orm';
import { PROVIDERS, SERVICES, STORIES, livestreams } from '../../server/src/db/seed/content';
import { queryRows } from '../../server/src/db/client';
import { inTransaction } from '../../server/src/db/transaction';
import { seedContent } from '../../server/src/db/seed/content.seed';
import { post } from './support/factories';
import { useTestApp } from './support/harness';

const t = useTestApp();
const content = () => ({
  livestreams: livestreams(t.clock.now()),
  stories: STORIES,
  providers: PROVIDERS,
  services: SERVICES,
});
const count = async (table: string) =>
  (
    await queryRows<{ n: number }>(
      t.deps.db,
      sql`select count(*)::int as n from ${sql.raw(table)} where status = 'published'`,
    )
  )[0]!.n;

describe('seedContent with the Chinese seed content', () => {
  it('loads every item published, and a second run changes nothing', async () => {
    await inTransaction(t.deps.db, async (tx) => {
      await seedContent(tx, content(), t.clock.now());
    });
    const before = {
      l: await count('livestreams'),
      s: await count('stories'),
      p: await count('providers'),
      v: await count('services'),
    };
    expect(before.l).toBeGreaterThanOrEqual(6);
    expect(before.s).toBeGreaterThanOrEqual(8);
    expect(before.p).toBeGreaterThanOrEqual(20);
    expect(before.v).toBeGreaterThanOrEqual(40);
    await seedContent(t.deps.db, content(), t.clock.now());
    expect({
      l: await count('livestreams'),
      s: await count('stories'),
      p: await count('providers'),
      v: await count('services'),
    }).toEqual(before);
  });

  it('shows upcoming streams, replays and an expired replay', async () => {
    const states = new Set(
      (await post(t, 'livestreams.list', { limit: 50 })).body.data.items.map((i: { state: string }) => i.state),
    );
    expect(states).toEqual(expect.objectContaining({}));
    for (const s of ['upcoming', 'replay', 'replay_expired']) expect(states.has(s)).toBe(true);
  });

  it('gives every seeded service point sample weekday hours', async () => {
    const [row] = await queryRows<{ n: number }>(
      t.deps.db,
      sql`select count(*)::int as n from service_points where opening_schedule is null`,
    );
    expect(row!.n).toBe(0);
  });
});
