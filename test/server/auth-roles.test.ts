import { eq } from 'drizzle-orm';
import { ZMe } from '../../shared/schemas/auth';
import { memberships, users } from '../../server/src/db/schema';
import { buildSession, post } from './support/factories';
import { useTestApp } from './support/harness';

const t = useTestApp();

describe('me.get', () => {
  it('needs a session', async () => {
    const res = await post(t, 'me.get');
    expect(res.status).toBe(401);
    expect(res.body.message).toBe('请先登录');
  });

  it('reads roles and their scopes from the database', async () => {
    const s = await buildSession(t, {
      memberships: [
        { role: 'point_staff', divisionCode: '330106005055' },
        { role: 'dept_officer', departmentCode: 'civil_affairs' },
      ],
    });
    const me = ZMe.parse((await post(t, 'me.get', {}, s.accessToken)).body.data);
    expect(me.roles.sort()).toEqual(['dept_officer', 'point_staff', 'resident']);
    expect(me.memberships.find((m) => m.role === 'point_staff')?.servicePoint?.name).toBe('翠苑一区社区助联服务点');
    expect(me.memberships.find((m) => m.role === 'dept_officer')?.department?.name).toBe('区民政局');
  });

  it('applies a revoked role on the very next request, with the same token', async () => {
    const s = await buildSession(t, { memberships: [{ role: 'admin' }] });
    const body = {
      role: 'hub_staff',
      servicePointId: (await post(t, 'servicePoints.list', { level: 'district_hub' })).body.data.items[0].id,
    };
    expect((await post(t, 'admin.invites.create', body, s.accessToken)).status).toBe(200);
    await t.deps.db.update(memberships).set({ revokedAt: new Date() }).where(eq(memberships.userId, s.userId));
    const res = await post(t, 'admin.invites.create', body, s.accessToken);
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('FORBIDDEN');
    expect((await post(t, 'me.get', {}, s.accessToken)).body.data.roles).toEqual(['resident']);
  });

  it('shuts a disabled account out at once', async () => {
    const s = await buildSession(t);
    await t.deps.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, s.userId));
    expect((await post(t, 'me.get', {}, s.accessToken)).status).toBe(401);
  });
});

describe('auth.devLogin / auth.devUsers (development, no WeChat configured)', () => {
  it('answers 404 for WeChat login and phone binding, which this deployment does not offer', async () => {
    // regression: fuzzing found a valid-looking code ("__proto__") reaching a 503 here
    const res = await post(t, 'auth.wechat', { code: '__proto__' });
    expect(res.status).toBe(404);
    expect(res.body.message).toBe('微信登录尚未开通，请使用演示账号登录');
    const s = await buildSession(t);
    expect((await post(t, 'auth.phone', { code: 'abc' }, s.accessToken)).status).toBe(404);
  });

  it('lists the demo accounts, residents first, with their roles', async () => {
    const res = await post(t, 'auth.devUsers');
    expect(res.body.data.enabled).toBe(true);
    const list = res.body.data.users as { displayName: string; roles: string[] }[];
    expect(list[0]?.roles).toEqual(['resident']);
    expect(list.find((u) => u.displayName === '陈社工')?.roles).toEqual(['resident', 'point_staff']);
    expect(list.find((u) => u.displayName === '管理员')?.roles).toEqual(['resident', 'admin']);
  });

  it('logs in as a demo account and only as one', async () => {
    const list = (await post(t, 'auth.devUsers')).body.data.users as { id: string; displayName: string }[];
    const staff = list.find((u) => u.displayName === '陈社工')!;
    const res = await post(t, 'auth.devLogin', { userId: staff.id });
    expect(res.status).toBe(200);
    expect(res.body.data.user.memberships[0].servicePoint.name).toBe('翠苑一区社区助联服务点');
    const real = await buildSession(t);
    expect((await post(t, 'auth.devLogin', { userId: real.userId })).status).toBe(404);
    const bad = await post(t, 'auth.devLogin', { userId: 'nope' });
    expect(bad.status).toBe(400);
    expect(bad.body.details[0].field).toBe('userId');
  });
});
