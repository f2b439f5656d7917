/** Community events for the events suites: staff sessions, a venue point with coordinates, a published event. */
import { eq } from 'drizzle-orm';
import { departments, servicePoints } from '../../../server/src/db/schema';
import { ZEvent, ZSignup } from '../../../shared/schemas/events';
import { buildSession, post } from './factories';
import type { TestContext } from './harness';

export const COMMUNITY = '330106005055';
export const STREET = '330106005000';

export async function departmentId(t: TestContext, code = 'civil_affairs') {
  const [d] = await t.deps.db.select().from(departments).where(eq(departments.code, code));
  return d!.id;
}

/** The service point of a community, placed at the given coordinates. */
export async function venuePoint(t: TestContext, divisionCode = COMMUNITY, at = { lat: 30.29, lng: 120.12 }) {
  const [p] = await t.deps.db
    .update(servicePoints)
    .set(at)
    .where(eq(servicePoints.divisionCode, divisionCode))
    .returning({ id: servicePoints.id });
  return p!.id;
}

export const deptOfficer = (t: TestContext, departmentCode = 'civil_affairs') =>
  buildSession(t, { displayName: '孙科长', memberships: [{ role: 'dept_officer', departmentCode }] });

export const resident = (t: TestContext, displayName = '张阿姨') => buildSession(t, { displayName });

const inHours = (t: TestContext, h: number) => new Date(t.clock.now().getTime() + h * 3600_000).toISOString();

/** A published event at `pointId`, starting in `startInHours` (default 3 days) for two hours. */
export async function publishEvent(
  t: TestContext,
  token: string,
  spec: { pointId: string; capacity?: number; startInHours?: number; theme?: string; springMonth?: number },
) {
  const start = spec.startInHours ?? 72;
  const res = await post(
    t,
    'events.create',
    {
      theme: spec.theme ?? '春风送暖：义诊与政策宣讲',
      springMonth: spec.springMonth ?? 3,
      place: { kind: 'point', pointId: spec.pointId },
      startsAt: inHours(t, start),
      endsAt: inHours(t, start + 2),
      capacity: spec.capacity ?? 10,
      audience: '60 岁以上老人',
      description: '带上医保卡。',
    },
    token,
  );
  if (res.status !== 200) throw new Error(`events.create → ${res.status} ${JSON.stringify(res.body)}`);
  return ZEvent.parse(res.body.data);
}

export async function signUp(
  t: TestContext,
  token: string,
  eventId: string,
  relative?: { name: string; phone: string },
) {
  const res = await post(t, 'events.signUp', { eventId, ...(relative && { relative }) }, token);
  if (res.status !== 200) throw new Error(`events.signUp → ${res.status} ${JSON.stringify(res.body)}`);
  return ZSignup.parse(res.body.data);
}
