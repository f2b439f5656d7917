/**
 * Provider staff (provider_staff): an admin invites them to a provider, they log in and see the orders sent to it;
 * the service list staff pick from (orders.serviceOptions) marks full providers.
 */
import { ZMe } from '../../shared/schemas/auth';
import { ZInvite } from '../../shared/schemas/org';
import { ZOrderList, ZOrderServiceOptions } from '../../shared/schemas/orders';
import { buildApplication } from './support/applications';
import { buildSession, post } from './support/factories';
import { useTestApp } from './support/harness';
import { buildProviderWithService } from './support/orders';

const t = useTestApp();
let admin = '';
let staff = '';

beforeAll(async () => {
  admin = (await buildSession(t, { memberships: [{ role: 'admin' }] })).accessToken;
  staff = (await buildSession(t, { memberships: [{ role: 'point_staff', divisionCode: '330106005055' }] })).accessToken;
});

describe('provider staff', () => {
  it('an invite binds them to a provider; they see and accept its orders', async () => {
    const food = await buildProviderWithService(t, { openPlaces: 2, name: '善粮公社（测试）' });
    const missing = await post(t, 'admin.invites.create', { role: 'provider_staff' }, admin);
    expect([missing.status, missing.body.details?.[0]?.field]).toEqual([400, 'providerId']);
    const wrong = await post(t, 'admin.invites.create', { role: 'point_staff', providerId: food.providerId }, admin);
    expect([wrong.status, wrong.body.details?.[0]?.field]).toEqual([400, 'providerId']);
    const unknown = await post(
      t,
      'admin.invites.create',
      { role: 'provider_staff', providerId: food.serviceId },
      admin,
    );
    expect([unknown.status, unknown.body.details?.[0]?.field]).toEqual([400, 'providerId']);

    const created = await post(
      t,
      'admin.invites.create',
      { role: 'provider_staff', providerId: food.providerId },
      admin,
    );
    const invite = ZInvite.parse(created.body.data);
    const resident = (await post(t, 'auth.devUsers')).body.data.users.find(
      (u: { roles: string[] }) => u.roles.length === 1,
    );
    const login = await post(t, 'auth.devLogin', { userId: resident.id, inviteCode: invite.code });
    expect(login.status).toBe(200);
    const token = login.body.data.accessToken;
    const me = ZMe.parse((await post(t, 'me.get', {}, token)).body.data);
    expect(me.roles).toContain('provider_staff');
    expect(me.memberships.find((m) => m.role === 'provider_staff')).toMatchObject({
      provider: { id: food.providerId, name: '善粮公社（测试）' },
      servicePoint: null,
      department: null,
    });

    const { id: applicationId } = await buildApplication(t);
    const order = await post(t, 'orders.create', { applicationId, serviceId: food.serviceId, what: '送米面油' }, staff);
    expect(order.status).toBe(200);
    const list = ZOrderList.parse((await post(t, 'orders.list', {}, token)).body.data);
    expect(list.items.map((o) => o.id)).toEqual([order.body.data.id]);
    expect((await post(t, 'orders.accept', { id: order.body.data.id }, token)).status).toBe(200);
    // provider staff do not work cases
    expect((await post(t, 'cases.queue', {}, token)).status).toBe(403);
  });

  it('orders.serviceOptions: 401, 403 for non-staff, full providers marked and listed last', async () => {
    const full = await buildProviderWithService(t, { openPlaces: 0, name: '满员机构' });
    const open = await buildProviderWithService(t, { openPlaces: null, name: '不限名额机构' });
    expect((await post(t, 'orders.serviceOptions', {})).status).toBe(401);
    const resident = (await buildSession(t)).accessToken;
    expect((await post(t, 'orders.serviceOptions', {}, resident)).status).toBe(403);
    const bad = await post(t, 'orders.serviceOptions', { q: 1 }, staff);
    expect([bad.status, bad.body.details?.[0]?.field]).toEqual([400, 'q']);
    const { items } = ZOrderServiceOptions.parse((await post(t, 'orders.serviceOptions', {}, staff)).body.data);
    const ids = items.map((s) => s.id);
    expect(items.find((s) => s.id === full.serviceId)?.openPlaces).toBe(0);
    expect(items.find((s) => s.id === open.serviceId)?.openPlaces).toBeNull();
    expect(ids.indexOf(full.serviceId)).toBeGreaterThan(ids.indexOf(open.serviceId));
    expect(items.slice(ids.indexOf(full.serviceId)).every((s) => s.openPlaces === 0)).toBe(true);
  });
});
