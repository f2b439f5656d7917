/** cases.queue: scope per role in SQL, filters, masking, deadline sort and keyset pagination. */
import fc from 'fast-check';
import { ZCaseQueue } from '../../shared/schemas/cases';
import { buildApplication } from './support/applications';
import { buildSession, post } from './support/factories';
import { useTestApp } from './support/harness';

const t = useTestApp();
const CUIYUAN_1 = '330106005055';
const CUIYUAN_2 = '330106005057';
const CUIYUAN = '330106005000';
const XIXI_1 = '330106004053';
const HOUR = 3600 * 1000;

type Tokens = Record<'pointA' | 'pointB' | 'station' | 'otherStation' | 'hub' | 'officer', string>;
const tok = {} as Tokens;
const ids = { a: [] as string[], b: [] as string[], xixi: [] as string[], stationQueue: '' };

async function queue(token: string, body: Record<string, unknown> = {}) {
  const res = await post(t, 'cases.queue', body, token);
  expect(res.status).toBe(200);
  return ZCaseQueue.parse(res.body.data);
}

beforeAll(async () => {
  tok.pointA = (await buildSession(t, { memberships: [{ role: 'point_staff', divisionCode: CUIYUAN_1 }] })).accessToken;
  tok.pointB = (await buildSession(t, { memberships: [{ role: 'point_staff', divisionCode: CUIYUAN_2 }] })).accessToken;
  tok.station = (
    await buildSession(t, { memberships: [{ role: 'station_staff', divisionCode: CUIYUAN }] })
  ).accessToken;
  tok.otherStation = (
    await buildSession(t, { memberships: [{ role: 'station_staff', divisionCode: '330106004000' }] })
  ).accessToken;
  tok.hub = (await buildSession(t, { memberships: [{ role: 'hub_staff', divisionCode: '330106000000' }] })).accessToken;
  tok.officer = (
    await buildSession(t, { memberships: [{ role: 'dept_officer', departmentCode: 'education' }] })
  ).accessToken;
  const now = t.clock.now().getTime();
  for (let i = 0; i < 3; i++)
    ids.a.push((await buildApplication(t, { routeTo: CUIYUAN_1, dueAt: new Date(now + (i + 1) * HOUR) })).id);
  ids.a.push((await buildApplication(t, { routeTo: CUIYUAN_1, dueAt: new Date(now - HOUR), urgency: 'emergency' })).id); // overdue
  ids.a.push(
    (
      await buildApplication(t, {
        routeTo: CUIYUAN_1,
        status: 'needs_info',
        pausedAt: new Date(now - 2 * HOUR),
        dueAt: new Date(now - HOUR / 2),
      })
    ).id,
  ); // paused
  ids.b.push((await buildApplication(t, { routeTo: CUIYUAN_2, channel: 'referral', idNumber: null })).id);
  ids.xixi.push((await buildApplication(t, { routeTo: XIXI_1 })).id);
  ids.stationQueue = (await buildApplication(t, { routeTo: CUIYUAN, dueAt: null })).id;
});

describe('cases.queue', () => {
  it('needs a session and a staff or officer role', async () => {
    expect((await post(t, 'cases.queue', {})).status).toBe(401);
    const resident = await buildSession(t);
    const res = await post(t, 'cases.queue', {}, resident.accessToken);
    expect(res.status).toBe(403);
    expect(res.body.data).toBeUndefined();
  });

  it('refuses bad filters with 400 naming the field', async () => {
    for (const [body, field] of [
      [{ limit: 51 }, 'limit'],
      [{ status: ['nope'] }, 'status.0'],
      [{ cursor: 'not-a-cursor' }, 'cursor'],
      [{ urgency: 'now' }, 'urgency'],
      [{ extra: 1 }, 'extra'],
    ] as const) {
      const res = await post(t, 'cases.queue', body, tok.hub);
      expect(res.status).toBe(400);
      expect(res.body.details[0].field).toBe(field);
    }
  });

  it('refuses a well-formed cursor holding an impossible moment with 400 naming cursor, not a database error', async () => {
    const cursorOf = (dueAt: string) => Buffer.from(JSON.stringify([dueAt, ids.a[0]])).toString('base64url');
    for (const dueAt of [
      '2026-13-45 99:99:99+08',
      '2026-02-30 10:00:00+08',
      '2025-02-29 10:00:00+08',
      '2026-04-31 10:00:00+08',
      '2026-01-01 24:00:00+08',
      '2026-01-01 23:60:00+08',
      '2026-01-01 23:59:60+08',
      '0000-01-01 00:00:00+08',
      '2026-01-01 00:00:00+16',
      '2026-01-01 00:00:00+08:60',
    ]) {
      const res = await post(t, 'cases.queue', { cursor: cursorOf(dueAt) }, tok.hub);
      expect([dueAt, res.status, res.body.details?.[0]?.field]).toEqual([dueAt, 400, 'cursor']);
    }
    for (const dueAt of ['2024-02-29 23:59:59.999999+08', '2026-12-31 00:00:00-09:30', '2026-06-01T08:00:00Z']) {
      expect([dueAt, (await post(t, 'cases.queue', { cursor: cursorOf(dueAt) }, tok.hub)).status]).toEqual([
        dueAt,
        200,
      ]);
    }
  });

  it('cursor fuzzing: any timestamp-shaped cursor answers 200 or 400 naming cursor, never 500', async () => {
    // each field around its limits (and sometimes anywhere in 00–99), so both real and impossible moments come up
    const two = (max: number) =>
      fc
        .oneof(fc.integer({ min: 0, max: max + 1 }), fc.integer({ min: 0, max: 99 }))
        .map((n) => String(n).padStart(2, '0'));
    const year = fc
      .oneof(fc.integer({ min: 1999, max: 2101 }), fc.integer({ min: 0, max: 9999 }))
      .map((n) => String(n).padStart(4, '0'));
    const stamp = fc
      .tuple(
        year,
        two(12),
        two(31),
        two(23),
        two(59),
        two(59),
        fc.constantFrom('+', '-'),
        two(15),
        fc.option(two(59), { nil: undefined }),
      )
      .map(
        ([y, mo, d, h, mi, s, sign, oh, om]) =>
          `${y}-${mo}-${d} ${h}:${mi}:${s}${sign}${oh}${om === undefined ? '' : `:${om}`}`,
      );
    const statuses = new Set<number>();
    await fc.assert(
      fc.asyncProperty(stamp, async (dueAt) => {
        const res = await post(
          t,
          'cases.queue',
          { cursor: Buffer.from(JSON.stringify([dueAt, ids.a[0]])).toString('base64url') },
          tok.hub,
        );
        statuses.add(res.status);
        if (res.status !== 200) expect([res.status, res.body.details?.[0]?.field]).toEqual([400, 'cursor']);
      }),
      { seed: 20260513, numRuns: 60 },
    );
    expect([...statuses].sort()).toEqual([200, 400]);
  });

  it('scopes by unit: point, street, district, department', async () => {
    const all = (q: { items: { id: string }[] }) => q.items.map((i) => i.id).sort();
    expect(all(await queue(tok.pointA))).toEqual([...ids.a].sort());
    expect(all(await queue(tok.pointB))).toEqual([...ids.b].sort());
    expect(all(await queue(tok.station))).toEqual([...ids.a, ...ids.b, ids.stationQueue].sort());
    expect(all(await queue(tok.otherStation))).toEqual([...ids.xixi].sort());
    expect(all(await queue(tok.hub))).toEqual(
      expect.arrayContaining([...ids.a, ...ids.b, ...ids.xixi, ids.stationQueue]),
    );
    const officer = await queue(tok.officer);
    expect(officer.view).toBe('officer');
    expect(officer.items).toEqual([]);
  });

  it('sorts by deadline (nulls last), flags overdue but not paused, never shows ID or phone', async () => {
    const res = await post(t, 'cases.queue', {}, tok.station);
    const q = ZCaseQueue.parse(res.body.data);
    expect(q.items[0]!.id).toBe(ids.a[3]);
    expect(q.items[0]!.overdue).toBe(true);
    expect(q.items[0]!.flags).toContain('emergency');
    expect(q.items.at(-1)!.id).toBe(ids.stationQueue);
    const paused = q.items.find((i) => i.id === ids.a[4])!;
    expect([paused.paused, paused.overdue]).toEqual([true, false]);
    const text = JSON.stringify(res.body);
    expect(text).not.toMatch(/1391234|5678|330106\d{8}/);
    expect(text).not.toMatch(/idNumber|phone/i);
  });

  it('filters by status, urgency, overdue, channel, need tier and reference number', async () => {
    expect((await queue(tok.station, { overdue: true })).items.map((i) => i.id)).toEqual([ids.a[3]]);
    expect((await queue(tok.station, { urgency: 'emergency' })).items.map((i) => i.id)).toEqual([ids.a[3]]);
    expect((await queue(tok.station, { status: ['needs_info'] })).items.map((i) => i.id)).toEqual([ids.a[4]]);
    expect((await queue(tok.station, { channel: 'referral' })).items.map((i) => i.id)).toEqual(ids.b);
    expect((await queue(tok.station, { needTier: 'care' })).items).toEqual([]);
    const one = (await queue(tok.station)).items[1]!;
    expect((await queue(tok.station, { refNo: one.refNo })).items.map((i) => i.id)).toEqual([one.id]);
    // a reference number outside the caller's scope finds nothing
    const xixi = (await queue(tok.otherStation)).items[0]!;
    expect((await queue(tok.station, { refNo: xixi.refNo })).items).toEqual([]);
  });

  it('pages with a keyset cursor: every row exactly once, in order', async () => {
    const street = '330106002000';
    const session = await buildSession(t, { memberships: [{ role: 'station_staff', divisionCode: street }] });
    const now = t.clock.now().getTime();
    const made: string[] = [];
    for (let i = 0; i < 23; i++) {
      // repeated deadlines and some without one exercise the (due_at, id) tie-break and the nulls-last edge
      const dueAt = i % 5 === 0 ? null : new Date(now + (i % 3) * HOUR);
      made.push((await buildApplication(t, { routeTo: street, dueAt })).id);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: Awaited<ReturnType<typeof queue>> = await queue(session.accessToken, {
        limit: 4,
        ...(cursor ? { cursor } : {}),
      });
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
      pages++;
    } while (cursor && pages < 20);
    expect(pages).toBe(6);
    expect(seen.length).toBe(23);
    expect(new Set(seen).size).toBe(23);
    expect([...seen].sort()).toEqual([...made].sort());
  });
});
