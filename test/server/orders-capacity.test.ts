/**
 * Provider places under load: 20 concurrent accepts on a provider with 5 open places accept exactly 5 (row lock),
 * the rest answer 409 in Chinese; cancelling an accepted order gives its place back; a full provider takes no new
 * orders. And the 人次 count the district dashboard reads (one delivery row = one person-time).
 */
import { eq } from 'drizzle-orm';
import { ZOrder } from '../../shared/schemas/orders';
import { departments } from '../../server/src/db/schema';
import { providers } from '../../server/src/db/schema-content';
import { fullProviderIds } from '../../server/src/features/orders/orders.repo';
import { countPersonTimes } from '../../server/src/features/orders/person-times.repo';
import { buildApplication } from './support/applications';
import { buildSession, post } from './support/factories';
import { useTestApp } from './support/harness';
import { buildProviderWithService, providerStaffSession } from './support/orders';

const t = useTestApp();
let staff = { accessToken: '', userId: '' };

async function ok(name: string, body: Record<string, unknown>, token: string) {
  const res = await post(t, name, body, token);
  if (res.status !== 200) throw new Error(`${name} → ${res.status} ${JSON.stringify(res.body)}`);
  return ZOrder.parse(res.body.data);
}
const placesOf = async (id: string) =>
  (await t.deps.db.select({ n: providers.openPlaces }).from(providers).where(eq(providers.id, id)))[0]!.n;

beforeAll(async () => {
  staff = await buildSession(t, { memberships: [{ role: 'point_staff', divisionCode: '330106005055' }] });
});

describe('provider places', () => {
  it('20 concurrent accepts on 5 open places: exactly 5 accepted, 15 refused with 409; cancel returns a place', async () => {
    const food = await buildProviderWithService(t, { openPlaces: 5 });
    const volunteer = await providerStaffSession(t, food.providerId);
    const { id: applicationId } = await buildApplication(t);
    const orders = [];
    for (let i = 0; i < 20; i += 1)
      orders.push(
        await ok(
          'orders.create',
          { applicationId, serviceId: food.serviceId, what: `第 ${i + 1} 份` },
          staff.accessToken,
        ),
      );
    const answers = await Promise.all(orders.map((o) => post(t, 'orders.accept', { id: o.id }, volunteer.accessToken)));
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(5);
    expect(statuses.filter((s) => s === 409)).toHaveLength(15);
    expect(answers.find((r) => r.status === 409)!.body.message).toBe('这家机构的名额已满，请选择其他服务或机构');
    expect(await placesOf(food.providerId)).toBe(0);
    expect(await fullProviderIds(t.deps.db)).toContain(food.providerId);

    // full: no new order to it, and the open ones still wait
    const full = await post(
      t,
      'orders.create',
      { applicationId, serviceId: food.serviceId, what: '再要一份' },
      staff.accessToken,
    );
    expect([full.status, full.body.code]).toEqual([409, 'CONFLICT']);

    const acceptedId = orders[answers.findIndex((r) => r.status === 200)]!.id;
    await ok('orders.cancel', { id: acceptedId }, staff.accessToken);
    expect(await placesOf(food.providerId)).toBe(1);
    expect(await fullProviderIds(t.deps.db)).not.toContain(food.providerId);
    const waiting = orders[answers.findIndex((r) => r.status === 409)]!.id;
    await ok('orders.accept', { id: waiting }, volunteer.accessToken);
    expect(await placesOf(food.providerId)).toBe(0);
    // cancelling a not-yet-accepted order returns nothing (it held no place)
    const another = orders[statuses.lastIndexOf(409)]!.id;
    await ok('orders.cancel', { id: another }, staff.accessToken);
    expect(await placesOf(food.providerId)).toBe(0);
  });

  it('a provider without a limit keeps open_places null through accepts and cancels', async () => {
    const open = await buildProviderWithService(t, { openPlaces: null });
    const volunteer = await providerStaffSession(t, open.providerId);
    const { id: applicationId } = await buildApplication(t);
    const o = await ok(
      'orders.create',
      { applicationId, serviceId: open.serviceId, what: '送一份' },
      staff.accessToken,
    );
    await ok('orders.accept', { id: o.id }, volunteer.accessToken);
    await ok('orders.cancel', { id: o.id }, staff.accessToken);
    expect(await placesOf(open.providerId)).toBeNull();
  });
});

describe('人次 (person-times)', () => {
  it('counts one per delivery row, by month, department and street, within the date range', async () => {
    const [dept] = await t.deps.db.select().from(departments).where(eq(departments.code, 'civil_affairs'));
    const p = await buildProviderWithService(t, { departmentId: dept!.id });
    const volunteer = await providerStaffSession(t, p.providerId);
    const deliver = async (routeTo: string, dates: string[]) => {
      const { id: applicationId } = await buildApplication(t, { routeTo });
      const o = await ok(
        'orders.create',
        { applicationId, serviceId: p.serviceId, what: '送米面油' },
        staff.accessToken,
      );
      await ok('orders.accept', { id: o.id }, volunteer.accessToken);
      await ok(
        'orders.deliver',
        { id: o.id, deliveries: dates.map((d) => ({ kind: 'material', goods: '米面油', deliveredOn: d })) },
        volunteer.accessToken,
      );
    };
    await deliver('330106005055', ['2025-10-03', '2025-10-20', '2025-11-01']);
    await deliver('330106005055', ['2025-11-15']);
    const range = { from: '2025-10-01', to: '2025-11-30' };
    expect(await countPersonTimes(t.deps.db, range, 'month')).toEqual([
      { key: '2025-10', personTimes: 2 },
      { key: '2025-11', personTimes: 2 },
    ]);
    expect(await countPersonTimes(t.deps.db, range, 'department')).toEqual([{ key: dept!.id, personTimes: 4 }]);
    expect(await countPersonTimes(t.deps.db, range, 'street')).toEqual([{ key: '330106005000', personTimes: 4 }]);
    expect(await countPersonTimes(t.deps.db, { from: '2025-11-01', to: '2025-11-01' }, 'month')).toEqual([
      { key: '2025-11', personTimes: 1 },
    ]);
  });

  it('counts a case resolved without any delivery once, with no department, as the dashboard does', async () => {
    const range = { from: '2024-03-01', to: '2024-03-31' };
    // resolved 2024-03-31 23:30 China time (15:30 UTC): March in China, whatever the server's zone
    await buildApplication(t, {
      routeTo: '330106005055',
      status: 'resolved',
      resolvedAt: new Date('2024-03-31T15:30:00Z'),
    });
    expect(await countPersonTimes(t.deps.db, range, 'month')).toEqual([{ key: '2024-03', personTimes: 1 }]);
    expect(await countPersonTimes(t.deps.db, range, 'department')).toEqual([{ key: null, personTimes: 1 }]);
    expect(await countPersonTimes(t.deps.db, range, 'street')).toEqual([{ key: '330106005000', personTimes: 1 }]);
    const hub = await buildSession(t, { memberships: [{ role: 'hub_staff', divisionCode: '330106000000' }] });
    const board = await post(t, 'stats.dashboard', { month: '2024-03', months: 1 }, hub.accessToken);
    expect(board.status).toBe(200);
    expect(board.body.data.months[0].personTimes).toBe(1);
  });
});
