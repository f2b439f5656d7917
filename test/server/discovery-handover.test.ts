/**
 * Hand-over (代办交接): staff start an application at a visit, recording how the person agreed; the QR code decodes to
 * the one-time link; the person claims it once from their own account and gets the prefilled draft; a second claim,
 * a wrong or expired token get the same 404. 401 / 400 naming the field / 403-404 out of scope / happy path.
 */
import { eq, isNull } from 'drizzle-orm';
import { ZHandover, ZHandoverDraft, ZVisit } from '../../shared/schemas/discovery';
import { visitHandovers } from '../../server/src/db/schema-discovery';
import { buildSession, post } from './support/factories';
import { useTestApp } from './support/harness';
import { decodeQr } from './support/qr';
import { sentinel, sentinelsIn } from './support/sentinels';

const t = useTestApp({ env: { PUBLIC_H5_URL: 'https://zhulian.example.cn' } });
type Session = { accessToken: string; userId: string };
let point: Session;
let otherPoint: Session;
let hub: Session;
let person: Session;
let visitId: string;
const NAME = sentinel('name');
const ADDR = sentinel('address');

beforeAll(async () => {
  point = await buildSession(t, { memberships: [{ role: 'point_staff', divisionCode: '330106005055' }] });
  otherPoint = await buildSession(t, { memberships: [{ role: 'point_staff', divisionCode: '330106002051' }] });
  hub = await buildSession(t, { memberships: [{ role: 'hub_staff', divisionCode: '330106000000' }] });
  person = await buildSession(t, { displayName: '李大爷' });
  const none = { level: 'none' };
  const res = await post(
    t,
    'discovery.visits.create',
    {
      communityCode: '330106005055',
      household: { name: NAME, address: ADDR },
      visitedOn: new Date(t.clock.now().getTime() + 8 * 3600_000).toISOString().slice(0, 10),
      risks: {
        economic: { level: 'high' },
        health: none,
        education: none,
        housing: none,
        employment: none,
        help: none,
      },
    },
    point.accessToken,
  );
  visitId = ZVisit.parse(res.body.data).id;
});

const body = (over: Record<string, unknown> = {}) => ({
  visitId,
  consentMethod: 'written',
  categories: ['basic_living'],
  description: '老两口收入低，想申请低保',
  ...over,
});

it('create: 401, 403 for the hub and residents, 400 naming the field, 404 out of scope', async () => {
  expect((await post(t, 'discovery.handover.create', body())).status).toBe(401);
  for (const s of [hub, person])
    expect((await post(t, 'discovery.handover.create', body(), s.accessToken)).status).toBe(403);
  for (const [over, field] of [
    [{ consentMethod: 'nod' }, 'consentMethod'],
    [{ categories: [] }, 'categories'],
    [{ visitId: 'x' }, 'visitId'],
  ] as const) {
    const res = await post(t, 'discovery.handover.create', body(over), point.accessToken);
    expect([field, res.status, res.body.details?.[0]?.field]).toEqual([field, 400, field]);
  }
  expect((await post(t, 'discovery.handover.create', body(), otherPoint.accessToken)).status).toBe(404);
  expect(await t.deps.db.select().from(visitHandovers)).toEqual([]);
});

it('the QR code leads to the one-time link; the person claims it once and gets the prefilled application', async () => {
  const res = await post(t, 'discovery.handover.create', body(), point.accessToken);
  expect(res.status).toBe(200);
  const handover = ZHandover.parse(res.body.data);
  expect(handover.url).toMatch(
    /^https:\/\/zhulian\.example\.cn\/#\/packages\/outreach\/pages\/handover\/index\?t=[\w-]{32}$/,
  );
  expect(await decodeQr(Buffer.from(handover.qrPngBase64, 'base64'))).toBe(handover.url);
  const token = handover.url.split('?t=')[1]!;

  const [row] = await t.deps.db.select().from(visitHandovers).where(eq(visitHandovers.visitId, visitId));
  expect(row!.consentMethod).toBe('written');
  expect(JSON.stringify(row)).not.toContain(token);
  expect(sentinelsIn(JSON.stringify(row))).toEqual([]);

  expect((await post(t, 'discovery.handover.claim', { token })).status).toBe(401);
  const bad = await post(t, 'discovery.handover.claim', { token: 'short' }, person.accessToken);
  expect([bad.status, bad.body.details?.[0]?.field]).toEqual([400, 'token']);
  const wrong = await post(t, 'discovery.handover.claim', { token: `${token.slice(0, -2)}xx` }, person.accessToken);
  expect(wrong.status).toBe(404);

  const claimed = await post(t, 'discovery.handover.claim', { token }, person.accessToken);
  expect(claimed.status).toBe(200);
  expect(ZHandoverDraft.parse(claimed.body.data)).toEqual({
    subjectName: NAME,
    address: ADDR,
    communityCode: '330106005055',
    communityName: '翠苑一区社区',
    streetCode: '330106005000',
    streetName: '翠苑街道',
    categories: ['basic_living'],
    description: '老两口收入低，想申请低保',
  });
  const again = await post(t, 'discovery.handover.claim', { token }, person.accessToken);
  expect(again.status).toBe(404);
  const [after] = await t.deps.db.select().from(visitHandovers).where(eq(visitHandovers.visitId, visitId));
  expect(after!.claimedBy).toBe(person.userId);
});

it('an expired token answers 404', async () => {
  const handover = ZHandover.parse((await post(t, 'discovery.handover.create', body(), point.accessToken)).body.data);
  const token = handover.url.split('?t=')[1]!;
  await t.deps.db
    .update(visitHandovers)
    .set({ expiresAt: new Date(t.clock.now().getTime() - 1000) })
    .where(isNull(visitHandovers.claimedAt));
  const res = await post(t, 'discovery.handover.claim', { token }, person.accessToken);
  expect(res.status).toBe(404);
});
