/**
 * Service orders (服务单): every endpoint's 401 / 400 naming the field / 403-404 out of scope / happy path, the
 * walk created → accepted → delivered with the application's timeline and the resident's plain sentences, decline,
 * cancel, and a sentinel check that notifications, audit rows and logs carry no personal data.
 */
import { eq } from 'drizzle-orm';
import { ZApplicationDetail } from '../../shared/schemas/applications';
import { ZStaffCaseDetail } from '../../shared/schemas/cases';
import { ZOrder, ZOrderList } from '../../shared/schemas/orders';
import { auditLog, departments } from '../../server/src/db/schema';
import { outbox, providers } from '../../server/src/db/schema-content';
import { buildApplication, pointFor } from './support/applications';
import { buildSession, post } from './support/factories';
import { useTestApp } from './support/harness';
import { buildProviderWithService, providerStaffSession } from './support/orders';
import { sentinel, sentinelsIn } from './support/sentinels';

const t = useTestApp();
type Session = { accessToken: string; userId: string };
let staff: Session;
let other: Session;
let officer: Session;
let resident: Session;
let food: { providerId: string; serviceId: string };
let volunteer: Session;
let otherVolunteer: Session;

async function ok(name: string, body: Record<string, unknown>, token: string) {
  const res = await post(t, name, body, token);
  if (res.status !== 200) throw new Error(`${name} → ${res.status} ${JSON.stringify(res.body)}`);
  return ZOrder.parse(res.body.data);
}
const today = () => new Date(t.clock.now().getTime() + 8 * 3600_000).toISOString().slice(0, 10);

beforeAll(async () => {
  staff = await buildSession(t, {
    displayName: '陈社工',
    memberships: [{ role: 'point_staff', divisionCode: '330106005055' }],
  });
  other = await buildSession(t, { memberships: [{ role: 'point_staff', divisionCode: '330106005057' }] });
  officer = await buildSession(t, {
    displayName: '民政联络员',
    memberships: [{ role: 'dept_officer', departmentCode: 'civil_affairs' }],
  });
  resident = await buildSession(t, { displayName: '王阿姨' });
  food = await buildProviderWithService(t, { openPlaces: 3 });
  volunteer = await providerStaffSession(t, food.providerId);
  otherVolunteer = await providerStaffSession(
    t,
    (await buildProviderWithService(t, { name: '另一家机构' })).providerId,
  );
});

const newCase = () => buildApplication(t, { applicantUserId: resident.userId });

describe('service orders', () => {
  it('walks an order: create → the provider accepts → delivers; timeline, places, resident sentences', async () => {
    const { id: applicationId } = await newCase();
    const created = await ok(
      'orders.create',
      { applicationId, serviceId: food.serviceId, what: '送米面油一份', dueOn: today() },
      staff.accessToken,
    );
    expect(created).toMatchObject({
      status: 'created',
      receiver: { kind: 'provider', id: food.providerId, name: '善粮公社' },
      subjectName: '王秀英',
      createdBy: { id: staff.userId, displayName: '陈社工' },
      can: { accept: false, decline: false, deliver: false, cancel: true },
    });
    const pending = ZOrderList.parse(
      (await post(t, 'orders.list', { tab: 'pending' }, volunteer.accessToken)).body.data,
    );
    expect(pending.items.map((o) => o.id)).toContain(created.id);
    expect(pending.items.find((o) => o.id === created.id)!.can).toMatchObject({ accept: true, decline: true });
    const notMine = ZOrderList.parse((await post(t, 'orders.list', {}, otherVolunteer.accessToken)).body.data);
    expect(notMine.items.map((o) => o.id)).not.toContain(created.id);

    const accepted = await ok('orders.accept', { id: created.id }, volunteer.accessToken);
    expect(accepted.status).toBe('accepted');
    expect(await placesOf(food.providerId)).toBe(2);

    const delivered = await ok(
      'orders.deliver',
      {
        id: created.id,
        deliveries: [
          { kind: 'material', goods: '米面油', quantity: 1, deliveredOn: '2026-12-01' },
          { kind: 'material', cashFen: 50000, deliveredOn: '2026-12-01' },
        ],
      },
      volunteer.accessToken,
    );
    expect(delivered.status).toBe('delivered');
    expect(delivered.deliveries.map((d) => d.text)).toEqual(['米面油 1 份', '救助金 500 元']);
    expect(delivered.deliveries[0]!.deliveredBy.displayName).toBe('善粮公社志愿者');
    // the creator may record a further delivery on the provider's behalf
    const more = await ok(
      'orders.deliver',
      { id: created.id, deliveries: [{ kind: 'service', visits: 2, hours: 3.5, deliveredOn: '2026-12-02' }] },
      staff.accessToken,
    );
    expect(more.deliveries).toHaveLength(3);

    const caseDetail = ZStaffCaseDetail.parse(
      (await post(t, 'cases.get', { id: applicationId }, staff.accessToken)).body.data,
    );
    const steps = caseDetail.timeline.filter((e) => e.type === 'serviceOrder').map((e) => e.data.step);
    expect(steps).toEqual(['created', 'accepted', 'delivered', 'delivered']);
    expect(caseDetail.timeline.find((e) => e.data.step === 'created')?.note).toBe('开服务单：米面油食品包（善粮公社）');

    const mine = ZApplicationDetail.parse(
      (await post(t, 'applications.get', { id: applicationId }, resident.accessToken)).body.data,
    );
    expect(mine.deliveries.map((d) => d.text)).toEqual([
      '已为您送去米面油 1 份（12 月 1 日，善粮公社）',
      '已为您送去救助金 500 元（12 月 1 日，善粮公社）',
      '已为您提供服务上门 2 次、共 3.5 小时（12 月 2 日，善粮公社）',
    ]);
    expect(mine.timeline.map((e) => e.text).join('')).not.toContain('服务单');
  });

  it('sends to a department or the own point; officers and point staff act on theirs', async () => {
    const { id: applicationId } = await newCase();
    const [dept] = await t.deps.db.select().from(departments).where(eq(departments.code, 'civil_affairs'));
    const toDept = await ok(
      'orders.create',
      { applicationId, serviceId: food.serviceId, what: '临时救助', receiver: { kind: 'department', id: dept!.id } },
      staff.accessToken,
    );
    expect(toDept.receiver).toMatchObject({ kind: 'department', name: dept!.name });
    expect((await post(t, 'orders.accept', { id: toDept.id }, volunteer.accessToken)).status).toBe(404);
    await ok('orders.accept', { id: toDept.id }, officer.accessToken);
    expect(await placesOf(food.providerId)).toBe(2); // a department order takes no provider place

    const { point } = await pointFor(t, '330106005055');
    const own = await ok(
      'orders.create',
      { applicationId, serviceId: food.serviceId, what: '上门陪护', receiver: { kind: 'point', id: point.id } },
      staff.accessToken,
    );
    expect(own.can).toMatchObject({ accept: true, cancel: true });
    const far = (await pointFor(t, '330106005057')).point.id;
    const res = await post(
      t,
      'orders.create',
      { applicationId, serviceId: food.serviceId, what: 'x', receiver: { kind: 'point', id: far } },
      staff.accessToken,
    );
    expect([res.status, res.body.details?.[0]?.field]).toEqual([400, 'receiver.id']);
  });

  it('decline needs a reason; cancel by the creator only and returns the place', async () => {
    const { id: applicationId } = await newCase();
    const a = await ok(
      'orders.create',
      { applicationId, serviceId: food.serviceId, what: '送米面油' },
      staff.accessToken,
    );
    const declined = await ok('orders.decline', { id: a.id, reason: '本月名额已派完' }, volunteer.accessToken);
    expect([declined.status, declined.declineReason]).toEqual(['declined', '本月名额已派完']);
    expect((await post(t, 'orders.accept', { id: a.id }, volunteer.accessToken)).status).toBe(409);

    const before = await placesOf(food.providerId);
    const b = await ok(
      'orders.create',
      { applicationId, serviceId: food.serviceId, what: '送米面油' },
      staff.accessToken,
    );
    await ok('orders.accept', { id: b.id }, volunteer.accessToken);
    expect(await placesOf(food.providerId)).toBe(before! - 1);
    const refused = await post(t, 'orders.cancel', { id: b.id }, other.accessToken);
    expect(refused.status).toBe(404);
    const cancelled = await ok('orders.cancel', { id: b.id, reason: '家属已自行解决' }, staff.accessToken);
    expect(cancelled.status).toBe('cancelled');
    expect(await placesOf(food.providerId)).toBe(before);
    expect(
      (
        await post(
          t,
          'orders.deliver',
          { id: b.id, deliveries: [{ kind: 'development', developmentType: 'training', deliveredOn: today() }] },
          volunteer.accessToken,
        )
      ).status,
    ).toBe(409);
  });

  it('every endpoint: 401 without a session, 400 naming the field, 403 / 404 out of scope', async () => {
    const { id: applicationId } = await newCase();
    const order = await ok(
      'orders.create',
      { applicationId, serviceId: food.serviceId, what: '送米面油' },
      staff.accessToken,
    );
    const valid: [string, Record<string, unknown>][] = [
      ['orders.create', { applicationId, serviceId: food.serviceId, what: '送米面油' }],
      ['orders.list', {}],
      ['orders.get', { id: order.id }],
      ['orders.accept', { id: order.id }],
      ['orders.decline', { id: order.id, reason: '没有名额' }],
      ['orders.cancel', { id: order.id }],
      [
        'orders.deliver',
        { id: order.id, deliveries: [{ kind: 'development', developmentType: 'job_referral', deliveredOn: today() }] },
      ],
    ];
    for (const [name, body] of valid) expect([name, (await post(t, name, body)).status]).toEqual([name, 401]);

    const bad: [string, Record<string, unknown>, string][] = [
      ['orders.create', { applicationId, what: '送米面油' }, 'serviceId'],
      ['orders.create', { applicationId, serviceId: food.serviceId, what: '' }, 'what'],
      ['orders.create', { applicationId, serviceId: food.serviceId, what: 'x', dueOn: '2026-02-30' }, 'dueOn'],
      ['orders.list', { tab: 'all' }, 'tab'],
      ['orders.get', { id: 'nope' }, 'id'],
      ['orders.decline', { id: order.id }, 'reason'],
      ['orders.deliver', { id: order.id, deliveries: [] }, 'deliveries'],
      [
        'orders.deliver',
        { id: order.id, deliveries: [{ kind: 'material', deliveredOn: today() }] },
        'deliveries.0.goods',
      ],
      [
        'orders.deliver',
        { id: order.id, deliveries: [{ kind: 'service', deliveredOn: today() }] },
        'deliveries.0.visits',
      ],
      [
        'orders.deliver',
        { id: order.id, deliveries: [{ kind: 'development', developmentType: 'x', deliveredOn: today() }] },
        'deliveries.0.developmentType',
      ],
    ];
    for (const [name, body, field] of bad) {
      const res = await post(t, name, body, volunteer.accessToken);
      const asStaff = name === 'orders.create' ? await post(t, name, body, staff.accessToken) : res;
      expect([name, asStaff.status, asStaff.body.details?.[0]?.field]).toEqual([name, 400, field]);
    }
    // an unknown service names serviceId; a case out of scope is 404
    const unknown = await post(
      t,
      'orders.create',
      { applicationId, serviceId: order.id, what: 'x' },
      staff.accessToken,
    );
    expect([unknown.status, unknown.body.details?.[0]?.field]).toEqual([400, 'serviceId']);
    expect((await post(t, 'orders.create', valid[0]![1], other.accessToken)).status).toBe(404);
    // a resident or a provider cannot open orders (role), another provider does not see the order
    expect((await post(t, 'orders.create', valid[0]![1], resident.accessToken)).status).toBe(403);
    expect((await post(t, 'orders.create', valid[0]![1], volunteer.accessToken)).status).toBe(403);
    for (const [name, body] of valid.slice(2)) {
      if (name === 'orders.cancel') continue;
      expect([name, (await post(t, name, body, otherVolunteer.accessToken)).status]).toEqual([name, 404]);
    }
    // visible but not theirs to do: the creator cannot accept; the receiver cannot cancel (role refuses it)
    expect((await post(t, 'orders.accept', { id: order.id }, staff.accessToken)).status).toBe(403);
    expect((await post(t, 'orders.cancel', { id: order.id }, volunteer.accessToken)).status).toBe(403);
    // deliver before accepting is illegal; a delivery in the future is refused naming its date
    expect((await post(t, 'orders.deliver', valid[6]![1], volunteer.accessToken)).status).toBe(409);
    await ok('orders.accept', { id: order.id }, volunteer.accessToken);
    const future = await post(
      t,
      'orders.deliver',
      { id: order.id, deliveries: [{ kind: 'development', developmentType: 'placement', deliveredOn: '2026-12-31' }] },
      volunteer.accessToken,
    );
    if (today() < '2026-12-31')
      expect([future.status, future.body.details?.[0]?.field]).toEqual([400, 'deliveries.0.deliveredOn']);
    expect((await post(t, 'orders.get', { id: order.id }, volunteer.accessToken)).status).toBe(200);
  });

  it('notifications, audit rows and logs carry no personal data', async () => {
    const name = sentinel('subjectName');
    const { id: applicationId } = await buildApplication(t, {
      applicantUserId: resident.userId,
      subjectName: name,
      address: sentinel('address'),
      description: sentinel('description'),
    });
    const order = await ok(
      'orders.create',
      { applicationId, serviceId: food.serviceId, what: '送米面油' },
      staff.accessToken,
    );
    expect(order.subjectName).toBe(name);
    await ok('orders.accept', { id: order.id }, volunteer.accessToken);
    await ok(
      'orders.deliver',
      { id: order.id, deliveries: [{ kind: 'material', goods: '米面油', deliveredOn: today() }] },
      volunteer.accessToken,
    );
    const messages = await t.deps.db.select().from(outbox);
    const ours = messages.filter((m) => m.topic === 'subscribe.service_order');
    expect(ours.length).toBeGreaterThan(0);
    const texts = new Set(
      messages.flatMap((m) =>
        Object.values((m.payload as { data: Record<string, { value: string }> }).data).map((v) => v.value),
      ),
    );
    for (const text of texts) expect(text).not.toMatch(/米面油|食品|救助|善粮|王秀英/);
    const audit = await t.deps.db.select().from(auditLog);
    expect(sentinelsIn(JSON.stringify(messages) + JSON.stringify(audit) + t.logs.join(''))).toEqual([]);
    expect(JSON.stringify(audit.filter((a) => a.entity === 'service_order'))).not.toMatch(/米面油|王秀英/);
  });
});

async function placesOf(providerId: string) {
  const [row] = await t.deps.db.select({ n: providers.openPlaces }).from(providers).where(eq(providers.id, providerId));
  return row?.n ?? null;
}
