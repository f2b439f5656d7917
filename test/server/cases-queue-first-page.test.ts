/**
 * cases.queue, the workbench's first page (open statuses, no other filter, no cursor): answered by the prepared
 * statements of queue-page.repo.ts. Each answer must equal the general path's, which the same filter with a status
 * repeated still takes.
 */
import { OPEN_STATUSES } from '../../shared/domain/application-status';
import { ZCaseQueue } from '../../shared/schemas/cases';
import { consents } from '../../server/src/db/schema-applications';
import { firstOpenPageStats } from '../../server/src/features/cases/queue-page.repo';
import { isFirstOpenPage } from '../../server/src/features/cases/queue.service';
import { buildApplication } from './support/applications';
import { buildSession, buildUser, post } from './support/factories';
import { useTestApp } from './support/harness';

const t = useTestApp();
const CUIYUAN_1 = '330106005055';
const CUIYUAN_2 = '330106005057';
const CUIYUAN = '330106005000';
const XIXI_1 = '330106004053';
const HUB = '330106000000';
const HOUR = 3600 * 1000;
/** What the workbench sends (client/packages/staff/pages/queue/filters.ts), in its order. */
const OPEN = ['submitted', 'escalated', 'accepted', 'in_progress', 'needs_info'];

const tok: Record<string, string> = {};

async function queue(token: string, body: Record<string, unknown>) {
  const res = await post(t, 'cases.queue', body, token);
  expect(res.status).toBe(200);
  return ZCaseQueue.parse(res.body.data);
}

beforeAll(async () => {
  const session = async (memberships: NonNullable<Parameters<typeof buildSession>[1]>['memberships']) =>
    (await buildSession(t, { memberships })).accessToken;
  tok.pointA = await session([{ role: 'point_staff', divisionCode: CUIYUAN_1 }]);
  tok.pointB = await session([{ role: 'point_staff', divisionCode: CUIYUAN_2 }]);
  tok.twoPoints = await session([
    { role: 'point_staff', divisionCode: CUIYUAN_1 },
    { role: 'point_staff', divisionCode: XIXI_1 },
  ]);
  tok.station = await session([{ role: 'station_staff', divisionCode: CUIYUAN }]);
  tok.stationAndPoint = await session([
    { role: 'station_staff', divisionCode: CUIYUAN },
    { role: 'point_staff', divisionCode: XIXI_1 },
  ]);
  tok.hub = await session([{ role: 'hub_staff', divisionCode: HUB }]);
  tok.officer = await session([{ role: 'dept_officer', departmentCode: 'education' }]);

  const now = t.clock.now().getTime();
  const due = (h: number) => new Date(now + h * HOUR);
  // deadlines repeat (the id breaks ties), some are missing (nulls last), some passed (overdue), one is paused
  for (let i = 0; i < 9; i++) await buildApplication(t, { routeTo: CUIYUAN_1, dueAt: i % 4 === 0 ? null : due(i % 3) });
  await buildApplication(t, { routeTo: CUIYUAN_1, dueAt: due(-1), urgency: 'emergency', flags: ['repeat'] });
  await buildApplication(t, { routeTo: CUIYUAN_1, status: 'needs_info', pausedAt: due(-2), dueAt: due(-0.5) });
  await buildApplication(t, { routeTo: CUIYUAN_1, status: 'escalated', dueAt: due(-3) });
  await buildApplication(t, { routeTo: CUIYUAN_1, status: 'in_progress', dueAt: due(2), assigneeUserId: null });
  // closed ones never show on the first page
  for (const status of ['resolved', 'closed', 'withdrawn'] as const)
    await buildApplication(t, { routeTo: CUIYUAN_1, status, dueAt: due(-5) });
  // neighbour leads: one pending consent (withheld outside its point), one with consent recorded
  await buildApplication(t, { routeTo: CUIYUAN_2, channel: 'referral', idNumber: null, dueAt: due(1) });
  const consented = await buildApplication(t, {
    routeTo: CUIYUAN_2,
    channel: 'referral',
    idNumber: null,
    dueAt: due(1),
  });
  const staff = await buildUser(t, { displayName: '记录人' });
  await t.deps.db.insert(consents).values({
    applicationId: consented.id,
    purpose: 'lead_subject',
    grantedByUserId: staff.id,
    method: 'phone',
    grantedAt: new Date(now),
  });
  // the station's own queue, the street of a case sent up to the hub, another street's point
  await buildApplication(t, { routeTo: CUIYUAN, dueAt: null });
  await buildApplication(t, { routeTo: CUIYUAN, dueAt: due(0.25) });
  await buildApplication(t, { routeTo: HUB, streetCode: CUIYUAN, dueAt: due(0.5) });
  await buildApplication(t, { routeTo: HUB, dueAt: due(0.75) });
  for (let i = 0; i < 3; i++) await buildApplication(t, { routeTo: XIXI_1, dueAt: due(i - 1) });
});

describe('cases.queue first page', () => {
  it('takes the first-page path only for exactly the open statuses, no other filter and no cursor', () => {
    const base = { limit: 20, status: [...OPEN] as (typeof OPEN_STATUSES)[number][] };
    expect(isFirstOpenPage(base)).toBe(true);
    expect(isFirstOpenPage({ ...base, status: [...OPEN_STATUSES] })).toBe(true);
    expect(isFirstOpenPage({ ...base, status: [...base.status, 'submitted'] })).toBe(false);
    expect(isFirstOpenPage({ ...base, status: base.status.slice(1) })).toBe(false);
    expect(isFirstOpenPage({ ...base, status: [...base.status.slice(1), 'resolved'] })).toBe(false);
    expect(isFirstOpenPage({ limit: 20 })).toBe(false);
    for (const extra of [
      { cursor: 'x' },
      { urgency: 'urgent' },
      { needTier: 'unsure' },
      { channel: 'self' },
      { refNo: 'XH' },
      { overdue: false },
    ] as const)
      expect([extra, isFirstOpenPage({ ...base, ...extra })]).toEqual([extra, false]);
  });

  it('answers every scope and page size exactly as the general path does', async () => {
    const before = firstOpenPageStats(t.deps.db);
    let compared = 0;
    for (const [who, token] of Object.entries(tok)) {
      for (const limit of [1, 2, 5, 20, 50]) {
        const fast = await queue(token, { limit, status: OPEN });
        // a repeated status is the same filter, answered by the general path (queuePage)
        const general = await queue(token, { limit, status: [...OPEN, 'submitted'] });
        expect([who, limit, fast]).toEqual([who, limit, general]);
        compared += fast.items.length;
      }
    }
    const after = firstOpenPageStats(t.deps.db);
    // the officer has no staff post: their default view is the officer list, which stays on the general path
    // pointA, pointB: one point; station: its point and street; twoPoints, stationAndPoint: arrays; hub: district
    const ran = (k: keyof typeof after) => after[k] - before[k];
    expect([ran('district'), ran('point'), ran('station'), ran('units')]).toEqual([5, 10, 5, 10]);
    expect(compared).toBeGreaterThan(100);
  });

  it('shows open cases only, nulls last, withholds a pending lead outside its point, and pages on with the cursor', async () => {
    const station = await queue(tok.station, { limit: 50, status: OPEN });
    expect(station.items.every((i) => OPEN_STATUSES.includes(i.status))).toBe(true);
    expect(station.items.at(-1)!.dueAt).toBeNull();
    expect(station.items.filter((i) => i.detailsWithheld)).toHaveLength(1);
    const pointB = await queue(tok.pointB, { limit: 50, status: OPEN });
    expect(pointB.items.filter((i) => i.detailsWithheld)).toHaveLength(0);
    expect(pointB.items).toHaveLength(2);

    const first = await queue(tok.station, { limit: 4, status: OPEN });
    const seen = first.items.map((i) => i.id);
    let cursor = first.nextCursor;
    while (cursor) {
      const page = await queue(tok.station, { limit: 4, status: OPEN, cursor });
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
    }
    expect(seen).toEqual(station.items.map((i) => i.id));
  });

  it('an officer asking for the staff view without a staff post gets an empty first page', async () => {
    expect((await queue(tok.officer, { view: 'staff', limit: 20, status: OPEN })).items).toEqual([]);
  });
});
