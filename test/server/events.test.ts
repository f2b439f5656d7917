/**
 * Community events over real HTTP: publish (department officer, point staff), list near me / by street, detail,
 * sign-up for oneself or a relative (sealed), the wait list moving up on cancel, reminders and notices in the
 * outbox (generic text, no personal data), check-in from the list or by the sign-up's QR code, and the 人次.
 */
import { eq } from 'drizzle-orm';
import { outbox } from '../../server/src/db/schema-content';
import { eventSignups } from '../../server/src/db/schema-events';
import { ZAttendeeList, ZCheckInResult, ZEvent, ZEventList, ZSignupList } from '../../shared/schemas/events';
import { buildSession, post } from './support/factories';
import { useTestApp } from './support/harness';
import { SENTINEL_PHONE, sentinel, sentinelsIn } from './support/sentinels';
import {
  COMMUNITY,
  STREET,
  departmentId,
  deptOfficer,
  publishEvent,
  resident,
  signUp,
  venuePoint,
} from './support/events';

const t = useTestApp();
let officer = { accessToken: '', userId: '' };
let pointId = '';

beforeAll(async () => {
  officer = await deptOfficer(t);
  pointId = await venuePoint(t);
});

const messagesFor = (userId: string) =>
  t.deps.db
    .select()
    .from(outbox)
    .then((rows) => rows.filter((r) => (r.payload as { userId?: string }).userId === userId));

describe('access and input', () => {
  it('401 without a session, 403 for a resident publishing, 400 naming the field', async () => {
    expect((await post(t, 'events.signUp', { eventId: crypto.randomUUID() })).status).toBe(401);
    expect((await post(t, 'events.create', {})).status).toBe(401);
    expect((await post(t, 'events.mine', {})).status).toBe(401);
    const me = await resident(t);
    const refused = await post(t, 'events.create', {}, me.accessToken);
    expect([refused.status, refused.body.code]).toEqual([403, 'FORBIDDEN']);
    for (const name of ['events.attendees', 'events.checkIn', 'events.personTimes', 'events.manage'])
      expect((await post(t, name, {}, me.accessToken)).status).toBe(403);

    const base = {
      theme: '义诊',
      place: { kind: 'point', pointId },
      startsAt: new Date(t.clock.now().getTime() + 86_400_000).toISOString(),
      endsAt: new Date(t.clock.now().getTime() + 90_000_000).toISOString(),
      capacity: 5,
      audience: '老人',
    };
    const field = async (body: unknown) => {
      const res = await post(t, 'events.create', body, officer.accessToken);
      expect([res.status, res.body.code]).toEqual([400, 'VALIDATION_FAILED']);
      return res.body.details.map((d: { field: string }) => d.field);
    };
    expect(await field({ ...base, theme: '' })).toContain('theme');
    expect(await field({ ...base, capacity: 0 })).toContain('capacity');
    expect(await field({ ...base, endsAt: base.startsAt })).toContain('endsAt');
    expect(await field({ ...base, startsAt: new Date(t.clock.now().getTime() - 1000).toISOString() })).toContain(
      'startsAt',
    );
    expect(await field({ ...base, place: { kind: 'point', pointId: crypto.randomUUID() } })).toContain('place.pointId');
    expect(
      await field({ ...base, place: { kind: 'address', address: '文三路 1 号', streetCode: COMMUNITY } }),
    ).toContain('place.streetCode');
    expect(await field({ ...base, springMonth: 13 })).toContain('springMonth');
    const signupField = await post(t, 'events.signUp', { eventId: 'x' }, me.accessToken);
    expect(signupField.body.details.map((d: { field: string }) => d.field)).toContain('eventId');
    const badPhone = await post(
      t,
      'events.signUp',
      { eventId: crypto.randomUUID(), relative: { name: '王阿婆', phone: '123' } },
      me.accessToken,
    );
    expect(badPhone.body.details.map((d: { field: string }) => d.field)).toContain('relative.phone');
    expect((await post(t, 'events.get', {})).status).toBe(400);
    expect((await post(t, 'events.get', { id: crypto.randomUUID() })).status).toBe(404);
    expect((await post(t, 'events.signUp', { eventId: crypto.randomUUID() }, me.accessToken)).status).toBe(404);
    // nothing was stored by any refusal
    expect(await t.deps.db.select().from(eventSignups)).toEqual([]);
  });

  it("a department officer publishes only for their own department; another department's staff get 403", async () => {
    const health = await departmentId(t, 'health');
    const res = await post(
      t,
      'events.create',
      {
        theme: '义诊',
        departmentId: health,
        place: { kind: 'address', address: '文三路 1 号', streetCode: STREET },
        startsAt: new Date(t.clock.now().getTime() + 86_400_000).toISOString(),
        endsAt: new Date(t.clock.now().getTime() + 90_000_000).toISOString(),
        capacity: 5,
        audience: '老人',
      },
      officer.accessToken,
    );
    expect(res.status).toBe(403);
    const event = await publishEvent(t, officer.accessToken, { pointId });
    const other = await deptOfficer(t, 'health');
    for (const [name, body] of [
      ['events.attendees', { id: event.id }],
      ['events.cancel', { id: event.id }],
      ['events.update', { id: event.id, capacity: 20 }],
    ] as const) {
      const r = await post(t, name, body, other.accessToken);
      expect([name, r.status]).toEqual([name, 403]);
      expect((await post(t, name, { ...body, id: crypto.randomUUID() }, officer.accessToken)).status).toBe(404);
    }
    expect(ZEventList.parse((await post(t, 'events.manage', {}, other.accessToken)).body.data).items).toEqual([]);
  });
});

describe('publishing and listing', () => {
  it('point staff publish at an address; residents list by street, community and near me; detail by id or code', async () => {
    const staff = await buildSession(t, { memberships: [{ role: 'point_staff', divisionCode: COMMUNITY }] });
    const far = await venuePoint(t, '330106005056', { lat: 30.33, lng: 120.05 });
    const near = await publishEvent(t, officer.accessToken, { pointId, theme: '近处的活动', startInHours: 50 });
    const farEvent = await publishEvent(t, officer.accessToken, {
      pointId: far,
      theme: '远处的活动',
      startInHours: 40,
    });
    const res = await post(
      t,
      'events.create',
      {
        theme: '邻里节',
        departmentId: await departmentId(t, 'womens_federation'),
        place: { kind: 'address', address: '文三路 1 号', streetCode: STREET },
        startsAt: new Date(t.clock.now().getTime() + 30 * 3600_000).toISOString(),
        endsAt: new Date(t.clock.now().getTime() + 32 * 3600_000).toISOString(),
        capacity: 30,
        audience: '社区居民',
      },
      staff.accessToken,
    );
    expect(res.status).toBe(200);
    const byPoint = ZEvent.parse(res.body.data);
    expect(byPoint.publisherPoint).not.toBeNull();
    expect(byPoint.department!.name).toBe('区妇联');
    expect(byPoint.place).toMatchObject({ pointId: null, name: '文三路 1 号' });

    const list = async (body: object) =>
      ZEventList.parse((await post(t, 'events.list', body)).body.data).items.map((e) => e.id);
    const nearMe = ZEventList.parse((await post(t, 'events.list', { lat: 30.291, lng: 120.121 })).body.data).items;
    const ids = nearMe.map((e) => e.id);
    expect(ids.indexOf(near.id)).toBeLessThan(ids.indexOf(farEvent.id));
    expect(ids.indexOf(farEvent.id)).toBeLessThan(ids.indexOf(byPoint.id)); // no coordinates: last
    expect(nearMe.find((e) => e.id === near.id)!.distanceMetres).toBeLessThan(200);
    expect(await list({ divisionCode: COMMUNITY })).toEqual(expect.arrayContaining([near.id]));
    expect(await list({ divisionCode: COMMUNITY })).not.toContain(farEvent.id);
    expect(await list({ streetCode: STREET })).toEqual(expect.arrayContaining([near.id, farEvent.id, byPoint.id]));
    expect(await list({ streetCode: '330106004000' })).not.toContain(near.id);
    expect((await post(t, 'events.list', { lat: 30.2 })).body.details[0].field).toBe('lat');

    const byCode = ZEvent.parse((await post(t, 'events.get', { code: near.code })).body.data);
    expect(byCode).toMatchObject({ id: near.id, springMonth: 3, streetCode: STREET, capacity: 10, placesLeft: 10 });
    expect(
      ZEventList.parse((await post(t, 'events.manage', {}, staff.accessToken)).body.data).items.map((e) => e.id),
    ).toEqual([byPoint.id]);

    // cancelled and ended events leave the list
    await post(t, 'events.cancel', { id: farEvent.id }, officer.accessToken);
    expect(await list({ streetCode: STREET })).not.toContain(farEvent.id);
    expect((await post(t, 'events.cancel', { id: farEvent.id }, officer.accessToken)).status).toBe(409);
  });
});

describe('sign-ups, the wait list and reminders', () => {
  it('self and relative (sealed), full ⇒ wait list, cancel moves the first up; notices are generic', async () => {
    const event = await publishEvent(t, officer.accessToken, { pointId, capacity: 2 });
    const daughter = await resident(t, '李女士');
    const mother = { name: sentinel('relative-name'), phone: SENTINEL_PHONE };
    const a = await signUp(t, daughter.accessToken, event.id);
    const b = await signUp(t, daughter.accessToken, event.id, mother);
    expect([a.status, b.status, b.relativeName]).toEqual(['confirmed', 'confirmed', mother.name]);
    const dup = await post(t, 'events.signUp', { eventId: event.id, relative: mother }, daughter.accessToken);
    expect([dup.status, dup.body.message]).toEqual([409, '这位家人已经报过名了']);
    expect((await post(t, 'events.signUp', { eventId: event.id }, daughter.accessToken)).status).toBe(409);

    const other = await resident(t, '王大爷');
    const w = await signUp(t, other.accessToken, event.id);
    expect([w.status, w.waitPosition, w.event.placesLeft, w.event.waitlisted]).toEqual(['waitlisted', 1, 0, 1]);

    // sealed at rest
    const [row] = await t.deps.db.select().from(eventSignups).where(eq(eventSignups.id, b.id));
    expect(JSON.stringify(row)).not.toContain(mother.name);
    expect(JSON.stringify(row)).not.toContain(mother.phone);

    // the day-before reminder of each confirmed sign-up
    const reminders = (await t.deps.db.select().from(outbox)).filter((m) => m.dedupeKey.startsWith('event-remind:'));
    expect(reminders.map((m) => m.dedupeKey).sort()).toEqual([`event-remind:${a.id}`, `event-remind:${b.id}`].sort());
    expect(reminders[0]!.nextAttemptAt.getTime()).toBe(Date.parse(event.startsAt) - 24 * 3600_000);

    // someone else's sign-up is not theirs to cancel
    expect((await post(t, 'events.cancelSignup', { id: a.id }, other.accessToken)).status).toBe(404);
    const cancelled = await post(t, 'events.cancelSignup', { id: a.id }, daughter.accessToken);
    expect(cancelled.body.data.status).toBe('cancelled');
    expect((await post(t, 'events.cancelSignup', { id: a.id }, daughter.accessToken)).status).toBe(409);
    const mine = ZSignupList.parse((await post(t, 'events.mine', {}, other.accessToken)).body.data).items;
    expect(mine.map((s) => [s.id, s.status, s.waitPosition])).toEqual([[w.id, 'confirmed', null]]);
    const texts = (await messagesFor(other.userId)).map(
      (m) => (m.payload as { data: { thing1: { value: string } } }).data.thing1.value,
    );
    expect(texts.sort()).toEqual(['您候补的活动有名额了', '您报名的活动明天开始'].sort());
    expect((await t.deps.db.select().from(outbox)).some((m) => m.dedupeKey === `event-remind:${a.id}`)).toBe(false);

    // a larger capacity moves the wait list up too; a capacity below the confirmed count is refused
    const third = await resident(t, '赵阿姨');
    const w2 = await signUp(t, third.accessToken, event.id);
    expect(w2.status).toBe('waitlisted');
    expect((await post(t, 'events.update', { id: event.id, capacity: 1 }, officer.accessToken)).status).toBe(409);
    const grown = await post(t, 'events.update', { id: event.id, capacity: 3 }, officer.accessToken);
    expect(ZEvent.parse(grown.body.data)).toMatchObject({ confirmed: 3, waitlisted: 0, placesLeft: 0 });

    // the whole story carries no personal data in notifications or logs
    expect(sentinelsIn(JSON.stringify(await t.deps.db.select().from(outbox)) + t.logs.join(''))).toEqual([]);
  });
  it('moving the start tells everyone signed up and moves the reminders; a cancelled event tells them too', async () => {
    const event = await publishEvent(t, officer.accessToken, { pointId, capacity: 1 });
    const one = await resident(t, '钱阿姨');
    const two = await resident(t, '孙大爷');
    const a = await signUp(t, one.accessToken, event.id);
    const b = await signUp(t, two.accessToken, event.id);
    const later = new Date(Date.parse(event.startsAt) + 2 * 86_400_000);
    const res = await post(
      t,
      'events.update',
      { id: event.id, startsAt: later.toISOString(), endsAt: new Date(later.getTime() + 7200_000).toISOString() },
      officer.accessToken,
    );
    expect(res.status).toBe(200);
    const [reminder] = await t.deps.db
      .select()
      .from(outbox)
      .where(eq(outbox.dedupeKey, `event-remind:${a.id}`));
    expect(reminder!.nextAttemptAt.getTime()).toBe(later.getTime() - 24 * 3600_000);
    const text = async (userId: string) =>
      (await messagesFor(userId)).map((m) => (m.payload as { data: { thing1: { value: string } } }).data.thing1.value);
    expect(await text(two.userId)).toEqual(['您报名的活动时间或地点有变化']);
    await post(t, 'events.cancel', { id: event.id }, officer.accessToken);
    expect((await text(one.userId)).sort()).toEqual(['您报名的活动已取消', '您报名的活动时间或地点有变化'].sort());
    expect(
      await t.deps.db
        .select()
        .from(outbox)
        .where(eq(outbox.dedupeKey, `event-remind:${a.id}`)),
    ).toEqual([]);
    expect((await post(t, 'events.signUp', { eventId: event.id }, (await resident(t)).accessToken)).status).toBe(409);
    expect(b.status).toBe('waitlisted');
  });
});

describe('check-in and 人次', () => {
  it('staff check in from the list or by code; each attendance is one 人次 for the department', async () => {
    const event = await publishEvent(t, officer.accessToken, { pointId, capacity: 1 });
    const son = await resident(t, '周先生');
    const mother = await signUp(t, son.accessToken, event.id, { name: '周阿婆', phone: '13900001111' });
    const late = await signUp(t, (await resident(t)).accessToken, event.id);

    const list = ZAttendeeList.parse(
      (await post(t, 'events.attendees', { id: event.id }, officer.accessToken)).body.data,
    );
    expect(list.items.map((a) => [a.name, a.phoneMasked, a.status, a.waitPosition])).toEqual([
      ['周阿婆', '139****1111', 'confirmed', null],
      ['张阿姨', null, 'waitlisted', 1],
    ]);
    const waiting = await post(t, 'events.checkIn', { signupId: late.id }, officer.accessToken);
    expect([waiting.status, waiting.body.message]).toEqual([409, '这位还在候补，没有报上名额']);
    expect((await post(t, 'events.checkIn', { code: 'AAAAAAAAAAAA' }, officer.accessToken)).status).toBe(404);
    const stranger = await deptOfficer(t, 'health');
    expect((await post(t, 'events.checkIn', { signupId: mother.id }, stranger.accessToken)).status).toBe(403);
    expect((await post(t, 'events.checkIn', {}, officer.accessToken)).body.details[0].field).toBe('signupId');

    const [row] = await t.deps.db.select().from(eventSignups).where(eq(eventSignups.id, mother.id));
    const first = ZCheckInResult.parse(
      (await post(t, 'events.checkIn', { code: row!.code }, officer.accessToken)).body.data,
    );
    expect([first.attendee.name, first.alreadyCheckedIn, first.eventTheme]).toEqual(['周阿婆', false, event.theme]);
    const again = ZCheckInResult.parse(
      (await post(t, 'events.checkIn', { signupId: mother.id }, officer.accessToken)).body.data,
    );
    expect(again.alreadyCheckedIn).toBe(true);
    expect((await post(t, 'events.cancelSignup', { id: mother.id }, son.accessToken)).status).toBe(409);

    const today = new Date(t.clock.now().getTime() + 8 * 3600_000).toISOString().slice(0, 10);
    const hub = await buildSession(t, { memberships: [{ role: 'hub_staff', divisionCode: '330106000000' }] });
    const figures = await post(
      t,
      'events.personTimes',
      { from: today, to: today, groupBy: 'department' },
      hub.accessToken,
    );
    expect(figures.body.data.items).toEqual([{ key: await departmentId(t), personTimes: 1 }]);
    const byStreet = await post(
      t,
      'events.personTimes',
      { from: today, to: today, groupBy: 'street' },
      officer.accessToken,
    );
    expect(byStreet.body.data.items).toEqual([{ key: STREET, personTimes: 1 }]);
    const bad = await post(t, 'events.personTimes', { from: 'x', to: today }, officer.accessToken);
    expect(bad.body.details[0].field).toBe('from');
  });
});
