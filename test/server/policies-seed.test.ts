import { count } from 'drizzle-orm';
import { seed } from '../../server/src/db/seed';
import { eligibilityRules, policies, standards } from '../../server/src/db/schema-content';
import { post } from './support/factories';
import { useTestApp } from './support/harness';

const t = useTestApp();

describe('seeded policy list', () => {
  it('publishes the seed policies with rule version 1, and seeding again changes nothing', async () => {
    const counts = async () => [
      (await t.deps.db.select({ n: count() }).from(policies))[0]!.n,
      (await t.deps.db.select({ n: count() }).from(eligibilityRules))[0]!.n,
      (await t.deps.db.select({ n: count() }).from(standards))[0]!.n,
    ];
    const before = await counts();
    expect(before[0]).toBeGreaterThanOrEqual(30);
    await seed(t.deps.db, { demo: true });
    expect(await counts()).toEqual(before);
  });

  it('finds 低保 by search and bands a low-income household as likely', async () => {
    const page = (await post(t, 'policies.list', { q: '低保' })).body.data;
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.items[0].highlights.length).toBeGreaterThan(0);
    const res = await post(t, 'selfCheck.run', {
      answers: { householdSize: 3, monthlyIncomePerPerson: 1000, assetsBelowLimit: true },
    });
    const likely = res.body.data.matches.filter((m: { band: string }) => m.band === 'likely');
    expect(
      likely.some((m: { reasons: { text: string }[] }) => m.reasons.some((r) => r.text.includes('每月1240元，示例值'))),
    ).toBe(true);
  });
});
