/**
 * 政策找人 (policy finds people): after the 低保 standard rises, a consenting household whose stored facts now qualify
 * (and did not before) is listed for its point's staff with the reason; a household that did not agree is not; nobody
 * is notified. 401 / 400 / 403-404 out of scope / happy path; one evaluation per change even with two workers.
 */
import { like } from 'drizzle-orm';
import { ZPolicyFindList } from '../../shared/schemas/discovery';
import { outbox } from '../../server/src/db/schema-content';
import { runPolicyFinds } from '../../server/src/features/discovery/policy-finds.job';
import { buildSession, post } from './support/factories';
import { useTestApp } from './support/harness';

const t = useTestApp();
type Session = { accessToken: string; userId: string };
let point: Session;
let otherPoint: Session;
let station: Session;
let hub: Session;
let admin: Session;
let resident: Session;
const CUIYUAN_1 = '330106005055';
const LOW_INCOME = { householdSize: 2, monthlyIncomePerPerson: 1300, assetsBelowLimit: true, livesInDistrict: true };

beforeAll(async () => {
  point = await buildSession(t, { memberships: [{ role: 'point_staff', divisionCode: CUIYUAN_1 }] });
  otherPoint = await buildSession(t, { memberships: [{ role: 'point_staff', divisionCode: '330106002051' }] });
  station = await buildSession(t, { memberships: [{ role: 'station_staff', divisionCode: '330106005000' }] });
  hub = await buildSession(t, { memberships: [{ role: 'hub_staff', divisionCode: '330106000000' }] });
  admin = await buildSession(t, { memberships: [{ role: 'admin' }] });
  resident = await buildSession(t);
});

const none = { level: 'none' };
const today = () => new Date(t.clock.now().getTime() + 8 * 3600_000).toISOString().slice(0, 10);
const form = (name: string, address: string, over: Record<string, unknown> = {}) => ({
  communityCode: CUIYUAN_1,
  household: { name, address },
  visitedOn: today(),
  risks: { economic: { level: 'medium' }, health: none, education: none, housing: none, employment: none, help: none },
  facts: LOW_INCOME,
  contactConsent: 'written',
  ...over,
});

async function visit(body: Record<string, unknown>) {
  const res = await post(t, 'discovery.visits.create', body, point.accessToken);
  if (res.status !== 200) throw new Error(`visit → ${res.status} ${JSON.stringify(res.body)}`);
}
async function setDibao(value: number) {
  const res = await post(
    t,
    'admin.standards.update',
    { key: 'dibao_monthly', value, isSample: true },
    admin.accessToken,
  );
  if (res.status !== 200) throw new Error(`standard → ${res.status} ${JSON.stringify(res.body)}`);
}
const finds = async (s: Session) =>
  ZPolicyFindList.parse((await post(t, 'discovery.finds.list', {}, s.accessToken)).body.data).items;

it('lists consenting households that newly qualify after the 低保 line rises, with the reason; nobody is told', async () => {
  await visit(form('李大爷', '翠苑一区7幢302'));
  await visit(form('赵阿姨', '翠苑一区8幢101', { contactConsent: undefined }));
  expect((await runPolicyFinds(t.deps)).policyFinds).toBe(0); // first evaluation: nothing changed for anyone
  expect(await finds(point)).toEqual([]);

  const outboxBefore = (await t.deps.db.select().from(outbox)).length;
  await setDibao(1400);
  const [a, b] = await Promise.all([runPolicyFinds(t.deps), runPolicyFinds(t.deps)]);
  expect(a.policyFinds + b.policyFinds).toBeGreaterThanOrEqual(1);
  expect((await runPolicyFinds(t.deps)).policyFinds).toBe(0);

  const listed = await finds(point);
  const dibao = listed.find((f) => f.policy.slug === 'minimum-living-allowance')!;
  expect(dibao).toMatchObject({
    household: { name: '李大爷', address: '翠苑一区7幢302' },
    community: { code: CUIYUAN_1, name: '翠苑一区社区' },
    consentMethod: 'written',
  });
  expect(dibao.reason).toContain('低保标准');
  expect(listed.every((f) => f.household.name === '李大爷')).toBe(true);
  expect(listed.length).toBe(a.policyFinds + b.policyFinds);
  expect(await finds(otherPoint)).toEqual([]);
  expect((await finds(station)).length).toBe(listed.length);
  expect((await finds(hub)).length).toBe(listed.length);
  // nothing automatic: no outbox message about it
  expect((await t.deps.db.select().from(outbox)).length).toBe(outboxBefore);
  expect(await t.deps.db.select().from(outbox).where(like(outbox.dedupeKey, '%find%'))).toEqual([]);

  // the line going down and up again does not list the same open find twice
  await setDibao(1240);
  await runPolicyFinds(t.deps);
  await setDibao(1400);
  await runPolicyFinds(t.deps);
  expect((await finds(point)).filter((f) => f.policy.slug === 'minimum-living-allowance').length).toBe(1);

  // done: 401, 400, 404 out of scope, 403 for the hub (reads only), 200, then 409
  expect((await post(t, 'discovery.finds.done', { id: dibao.id })).status).toBe(401);
  const bad = await post(t, 'discovery.finds.done', { id: 'x' }, point.accessToken);
  expect([bad.status, bad.body.details?.[0]?.field]).toEqual([400, 'id']);
  expect((await post(t, 'discovery.finds.done', { id: dibao.id }, otherPoint.accessToken)).status).toBe(404);
  expect((await post(t, 'discovery.finds.done', { id: dibao.id }, hub.accessToken)).status).toBe(403);
  expect((await post(t, 'discovery.finds.done', { id: dibao.id }, point.accessToken)).status).toBe(200);
  expect((await post(t, 'discovery.finds.done', { id: dibao.id }, point.accessToken)).status).toBe(409);
  expect((await finds(point)).some((f) => f.id === dibao.id)).toBe(false);
});

it('401 and 403 for residents', async () => {
  expect((await post(t, 'discovery.finds.list', {})).status).toBe(401);
  expect((await post(t, 'discovery.finds.list', {}, resident.accessToken)).status).toBe(403);
  const bad = await post(t, 'discovery.finds.list', { x: 1 }, point.accessToken);
  expect(bad.status).toBe(400);
});
