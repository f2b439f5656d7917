/**
 * Proactive discovery (主动发现): the visit form, open risks (待清零风险) and clearing them, the monthly count where a
 * household visited twice counts once, and reminders through the outbox with generic text (sentinels), safe when two
 * processes run the worker at once. 401 / 400 naming the field / 403-404 out of scope / happy path.
 */
import { eq, like } from 'drizzle-orm';
import { ZOpenRiskList, ZVisit } from '../../shared/schemas/discovery';
import { auditLog } from '../../server/src/db/schema';
import { outbox } from '../../server/src/db/schema-content';
import { householdVisits, visitRisks } from '../../server/src/db/schema-discovery';
import { fixedClock } from '../../server/src/lib/clock';
import { runRiskReminders } from '../../server/src/features/discovery/risk-reminders.job';
import { buildSession, post } from './support/factories';
import { useTestApp } from './support/harness';
import { sentinel, sentinelsIn } from './support/sentinels';

const t = useTestApp();
type Session = { accessToken: string; userId: string };
let point: Session;
let otherPoint: Session;
let station: Session;
let hub: Session;
let officer: Session;
let resident: Session;
const CUIYUAN_1 = '330106005055';

beforeAll(async () => {
  point = await buildSession(t, { memberships: [{ role: 'point_staff', divisionCode: CUIYUAN_1 }] });
  otherPoint = await buildSession(t, { memberships: [{ role: 'point_staff', divisionCode: '330106002051' }] });
  station = await buildSession(t, { memberships: [{ role: 'station_staff', divisionCode: '330106005000' }] });
  hub = await buildSession(t, { memberships: [{ role: 'hub_staff', divisionCode: '330106000000' }] });
  officer = await buildSession(t, { memberships: [{ role: 'dept_officer', departmentCode: 'civil_affairs' }] });
  resident = await buildSession(t);
});

const none = { level: 'none' };
const today = () => new Date(t.clock.now().getTime() + 8 * 3600_000).toISOString().slice(0, 10);
const NAME = sentinel('name');
const ADDR = sentinel('addr');
const ECON = sentinel('econ');
const form = (over: Record<string, unknown> = {}) => ({
  communityCode: CUIYUAN_1,
  household: { name: NAME, address: `翠苑一区3幢2单元${ADDR}` },
  visitedOn: today(),
  risks: {
    economic: { level: 'high', note: ECON },
    health: { level: 'medium', note: '腿脚不便' },
    education: none,
    housing: none,
    employment: { level: 'low' },
    help: none,
  },
  followUp: { note: '下周再去看看', on: today() },
  contactConsent: 'oral',
  ...over,
});

async function visit(session: Session, body: Record<string, unknown>) {
  const res = await post(t, 'discovery.visits.create', body, session.accessToken);
  if (res.status !== 200) throw new Error(`visit → ${res.status} ${JSON.stringify(res.body)}`);
  return ZVisit.parse(res.body.data);
}

describe('discovery.visits.create', () => {
  it('401, 403 for residents, officers and the hub (reads only)', async () => {
    expect((await post(t, 'discovery.visits.create', form())).status).toBe(401);
    for (const s of [resident, officer, hub])
      expect((await post(t, 'discovery.visits.create', form(), s.accessToken)).status).toBe(403);
  });

  it('400 naming the field; nothing stored', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ communityCode: '330106005000' }, 'communityCode'],
      [{ household: { name: '', address: '某处' } }, 'household.name'],
      [{ risks: { ...form().risks, health: { level: 'severe' } } }, 'risks.health.level'],
      [{ risks: { economic: none } }, 'risks.health'],
      [{ visitedOn: '2099-01-01' }, 'visitedOn'],
      [{ followUp: { on: '2020-01-01' } }, 'followUp.on'],
      [{ contactConsent: 'nod' }, 'contactConsent'],
    ];
    const before = (await t.deps.db.select().from(householdVisits)).length;
    for (const [over, field] of cases) {
      const res = await post(t, 'discovery.visits.create', form(over), point.accessToken);
      expect([field, res.status, res.body.details?.[0]?.field]).toEqual([field, 400, field]);
    }
    expect((await t.deps.db.select().from(householdVisits)).length).toBe(before);
  });

  it('403 for point staff of another community', async () => {
    const res = await post(t, 'discovery.visits.create', form(), otherPoint.accessToken);
    expect(res.status).toBe(403);
  });

  it('logs a visit with sealed personal fields; a second visit in the month counts the household once', async () => {
    const first = await visit(point, form());
    expect(first).toMatchObject({ openRisks: 3, visitsThisMonth: 1 });
    // the same household, typed with other spacing, visited again by the station
    const address = `翠苑一区 3幢 2单元${ADDR}`;
    const second = await visit(station, form({ household: { name: '同一户', address } }));
    expect(second.visitsThisMonth).toBe(2);
    await visit(
      point,
      form({
        household: { name: '另一户', address: '翠苑一区5幢101' },
        risks: { ...form().risks, economic: none, health: none, employment: none },
      }),
    );
    const month = today().slice(0, 7);
    const count = await post(t, 'discovery.visits.count', { month }, station.accessToken);
    expect(count.body.data).toEqual({ visits: 3, households: 2 });
    const otherCount = await post(t, 'discovery.visits.count', { month }, otherPoint.accessToken);
    expect(otherCount.body.data).toEqual({ visits: 0, households: 0 });
    const stored = JSON.stringify([
      await t.deps.db.select().from(householdVisits),
      await t.deps.db.select().from(visitRisks),
      await t.deps.db.select().from(auditLog).where(like(auditLog.action, 'discovery.%')),
    ]);
    expect(sentinelsIn(stored)).toEqual([]);
    const bad = await post(t, 'discovery.visits.count', { month: '2026-13' }, point.accessToken);
    expect([bad.status, bad.body.details?.[0]?.field]).toEqual([400, 'month']);
  });
});

describe('open risks and reminders', () => {
  it('lists open risks in scope, reminds through the outbox once per period with generic text, clears', async () => {
    const list = ZOpenRiskList.parse((await post(t, 'discovery.risks.list', {}, point.accessToken)).body.data);
    const econ = list.items.find((r) => r.area === 'economic' && r.household.name === NAME)!;
    expect(econ).toMatchObject({ level: 'high', note: ECON, due: true });
    expect(econ.household.name).toBe(NAME);
    expect(list.items.every((r) => r.level !== 'none')).toBe(true);
    expect((await post(t, 'discovery.risks.list', {}, otherPoint.accessToken)).body.data.items).toEqual([]);
    expect((await post(t, 'discovery.risks.list', {}, hub.accessToken)).body.data.items.length).toBe(list.items.length);

    // two processes sweep at once: one message per visit and period
    const [a, b] = await Promise.all([runRiskReminders(t.deps), runRiskReminders(t.deps)]);
    expect(a.riskReminders + b.riskReminders).toBe(2);
    expect((await runRiskReminders(t.deps)).riskReminders).toBe(0);
    const messages = await t.deps.db.select().from(outbox).where(like(outbox.dedupeKey, 'risk-remind:%'));
    expect(messages.length).toBe(2);
    expect(sentinelsIn(JSON.stringify(messages))).toEqual([]);
    expect(JSON.stringify(messages)).not.toMatch(/经济|健康|就业|腿脚/);
    expect(messages.map((m) => (m.payload as { userId: string }).userId).sort()).toEqual(
      [point.userId, station.userId].sort(),
    );

    // a week later, still open: reminded again
    const later = (days: number) => ({
      db: t.deps.db,
      clock: fixedClock(new Date(t.clock.now().getTime() + days * 86_400_000)),
    });
    expect((await runRiskReminders(later(7))).riskReminders).toBe(2);

    // clear: 401, 400, 404 out of scope, 200, then 409 and no more reminders for a fully cleared visit
    expect((await post(t, 'discovery.risks.clear', { id: econ.id, note: '已办低保' })).status).toBe(401);
    const bad = await post(t, 'discovery.risks.clear', { id: econ.id, note: '' }, point.accessToken);
    expect([bad.status, bad.body.details?.[0]?.field]).toEqual([400, 'note']);
    const out = await post(t, 'discovery.risks.clear', { id: econ.id, note: '已办低保' }, otherPoint.accessToken);
    expect(out.status).toBe(404);
    const ok = await post(t, 'discovery.risks.clear', { id: econ.id, note: '已办低保' }, point.accessToken);
    expect(ok.status).toBe(200);
    const again = await post(t, 'discovery.risks.clear', { id: econ.id, note: '已办低保' }, point.accessToken);
    expect(again.status).toBe(409);
    for (const r of list.items.filter((r) => r.visitId === econ.visitId && r.id !== econ.id))
      expect((await post(t, 'discovery.risks.clear', { id: r.id, note: '已解决' }, station.accessToken)).status).toBe(
        200,
      );
    const [row] = await t.deps.db.select().from(visitRisks).where(eq(visitRisks.id, econ.id));
    expect(row!.clearedBy).toBe(point.userId);
    expect((await runRiskReminders(later(14))).riskReminders).toBe(1);
  });
});
