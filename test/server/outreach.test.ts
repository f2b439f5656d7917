/**
 * Outreach codes (宣传码): 401 / 400 naming the field / 403-404 out of scope / happy path for every endpoint; the poster
 * PNG is decoded (sharp raw pixels + jsQR) and leads to the H5 home page with the code; the PDF parses with one page
 * holding the poster image; scans, self-checks and applications are attributed and counted per code and community.
 */
import { eq } from 'drizzle-orm';
import { h5UrlOf } from '../../shared/domain/outreach';
import { ZOutreachCode, ZOutreachPoster, ZOutreachReach } from '../../shared/schemas/outreach';
import { outreachEvents } from '../../server/src/db/schema-outreach';
import { buildApplication } from './support/applications';
import { buildSession, post } from './support/factories';
import { useTestApp } from './support/harness';
import { decodeQr, pdfImages } from './support/qr';

const t = useTestApp({ env: { PUBLIC_H5_URL: 'https://zhulian.example.cn/h5' } });
type Session = { accessToken: string; userId: string };
let point: Session; // 翠苑一区社区
let otherPoint: Session; // 翠苑三区社区
let station: Session; // 翠苑街道
let otherStation: Session; // 北山街道
let hub: Session;
let resident: Session;

const CUIYUAN_1 = '330106005055';
const CUIYUAN_3 = '330106005057';

beforeAll(async () => {
  point = await buildSession(t, { memberships: [{ role: 'point_staff', divisionCode: CUIYUAN_1 }] });
  otherPoint = await buildSession(t, { memberships: [{ role: 'point_staff', divisionCode: CUIYUAN_3 }] });
  station = await buildSession(t, { memberships: [{ role: 'station_staff', divisionCode: '330106005000' }] });
  otherStation = await buildSession(t, { memberships: [{ role: 'station_staff', divisionCode: '330106002000' }] });
  hub = await buildSession(t, { memberships: [{ role: 'hub_staff', divisionCode: '330106000000' }] });
  resident = await buildSession(t, { displayName: '王阿姨' });
});

async function create(session: Session, body: Record<string, unknown>) {
  const res = await post(t, 'outreach.codes.create', body, session.accessToken);
  if (res.status !== 200) throw new Error(`create → ${res.status} ${JSON.stringify(res.body)}`);
  return ZOutreachCode.parse(res.body.data);
}

describe('outreach.codes.create', () => {
  it('401 without a session, 403 for a resident', async () => {
    expect((await post(t, 'outreach.codes.create', { communityCode: CUIYUAN_1 })).status).toBe(401);
    const res = await post(t, 'outreach.codes.create', { communityCode: CUIYUAN_1 }, resident.accessToken);
    expect(res.status).toBe(403);
  });

  it('400 naming the field: a malformed code, a street instead of a community, a long label', async () => {
    for (const [body, field] of [
      [{ communityCode: '3301' }, 'communityCode'],
      [{ communityCode: '330106005000' }, 'communityCode'],
      [{ communityCode: CUIYUAN_1, label: '批'.repeat(41) }, 'label'],
      [{ communityCode: CUIYUAN_1, kind: 'banner' }, 'kind'],
    ] as const) {
      const res = await post(t, 'outreach.codes.create', body, point.accessToken);
      expect(res.status).toBe(400);
      expect(res.body.details?.[0]?.field).toBe(field);
    }
  });

  it('403 for point staff of another community and a station of another street; nothing stored', async () => {
    const before = await post(t, 'outreach.codes.list', {}, hub.accessToken);
    for (const s of [otherPoint, otherStation]) {
      const res = await post(t, 'outreach.codes.create', { communityCode: CUIYUAN_1 }, s.accessToken);
      expect(res.status).toBe(403);
    }
    const after = await post(t, 'outreach.codes.list', {}, hub.accessToken);
    expect(after.body.data.items.length).toBe(before.body.data.items.length);
  });

  it('makes a code with a short scene-safe id; point staff, the station and the hub each may', async () => {
    const a = await create(point, { communityCode: CUIYUAN_1, kind: 'brochure', label: '2026年12月入户宣传' });
    expect(a.id).toMatch(/^[2-9A-Za-z]{8}$/);
    expect(a.scene).toBe(`oc=${a.id}`);
    expect(a.scene.length).toBeLessThanOrEqual(32);
    expect(a.url).toBe(`https://zhulian.example.cn/h5/#/pages/index/index?oc=${a.id}`);
    expect(a.community).toEqual({ code: CUIYUAN_1, name: '翠苑一区社区' });
    expect(a.street.name).toBe('翠苑街道');
    expect(a.counts).toEqual({ visits: 0, selfChecks: 0, applications: 0 });
    await create(station, { communityCode: CUIYUAN_3 });
    await create(hub, { communityCode: '330106002051' });
  });
});

describe('outreach.codes.list', () => {
  it('each caller sees the codes of their own scope only', async () => {
    const ids = async (s: Session) =>
      (
        (await post(t, 'outreach.codes.list', {}, s.accessToken)).body.data.items as { community: { code: string } }[]
      ).map((c) => c.community.code);
    expect(new Set(await ids(point))).toEqual(new Set([CUIYUAN_1]));
    expect(new Set(await ids(station))).toEqual(new Set([CUIYUAN_1, CUIYUAN_3]));
    expect(new Set(await ids(otherStation))).toEqual(new Set(['330106002051']));
    expect((await ids(hub)).length).toBeGreaterThanOrEqual(3);
    expect((await post(t, 'outreach.codes.list', {})).status).toBe(401);
    const bad = await post(t, 'outreach.codes.list', { communityCode: 'x' }, hub.accessToken);
    expect(bad.status).toBe(400);
    expect(bad.body.details?.[0]?.field).toBe('communityCode');
  });
});

describe('outreach.codes.poster (no WeChat: QR of the H5 address)', () => {
  let code: { id: string };
  beforeAll(async () => {
    code = await create(point, { communityCode: CUIYUAN_1, kind: 'poster' });
  });

  it('PNG: the decoded QR code opens the H5 home page with this code', async () => {
    const res = await post(t, 'outreach.codes.poster', { id: code.id, format: 'png' }, point.accessToken);
    expect(res.status).toBe(200);
    const file = ZOutreachPoster.parse(res.body.data);
    expect(file).toMatchObject({ mime: 'image/png', source: 'h5' });
    const png = Buffer.from(file.base64, 'base64');
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    const text = await decodeQr(png);
    expect(text).toBe(h5UrlOf('https://zhulian.example.cn/h5', code.id));
    expect(new URL(text!.replace('/#/', '/')).searchParams.get('oc')).toBe(code.id);
  });

  it('PDF: one A4 page holding the poster image', async () => {
    const res = await post(t, 'outreach.codes.poster', { id: code.id, format: 'pdf' }, station.accessToken);
    expect(res.status).toBe(200);
    const file = ZOutreachPoster.parse(res.body.data);
    expect(file.mime).toBe('application/pdf');
    const pdf = Buffer.from(file.base64, 'base64');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(await pdfImages(pdf)).toEqual({ pages: 1, images: [{ width: 1240, height: 1754 }] });
  });

  it('401, 400 naming the field, 404 out of scope or unknown', async () => {
    expect((await post(t, 'outreach.codes.poster', { id: code.id, format: 'png' })).status).toBe(401);
    const bad = await post(t, 'outreach.codes.poster', { id: code.id, format: 'gif' }, point.accessToken);
    expect(bad.status).toBe(400);
    expect(bad.body.details?.[0]?.field).toBe('format');
    const badId = await post(t, 'outreach.codes.poster', { id: 'O0O0O0O0', format: 'png' }, point.accessToken);
    expect(badId.body.details?.[0]?.field).toBe('id');
    for (const s of [otherPoint, otherStation]) {
      const res = await post(t, 'outreach.codes.poster', { id: code.id, format: 'png' }, s.accessToken);
      expect(res.status).toBe(404);
    }
    const unknown = await post(t, 'outreach.codes.poster', { id: 'zzzzzzzz', format: 'png' }, hub.accessToken);
    expect(unknown.status).toBe(404);
  });
});

describe('attribution and reach', () => {
  it('counts scans, self-checks and the own application per code and per community; no personal data', async () => {
    const code = await create(point, { communityCode: CUIYUAN_1, kind: 'event', label: '冬季走访活动' });
    const landing = await post(t, 'outreach.track', { code: code.id, kind: 'visit' });
    expect(landing.status).toBe(200);
    expect(landing.body.data).toMatchObject({ code: code.id, community: { code: CUIYUAN_1, name: '翠苑一区社区' } });
    expect(landing.body.data.pointId).toMatch(/^[0-9a-f-]{36}$/);
    await post(t, 'outreach.track', { code: code.id, kind: 'visit' });
    await post(t, 'outreach.track', { code: code.id, kind: 'self_check' });

    const app = await buildApplication(t, { applicantUserId: resident.userId });
    const attributed = await post(
      t,
      'outreach.attribute',
      { code: code.id, applicationId: app.id },
      resident.accessToken,
    );
    expect(attributed.status).toBe(200);
    // a second attribution (even to another code) changes nothing
    const again = await post(t, 'outreach.attribute', { code: code.id, applicationId: app.id }, resident.accessToken);
    expect(again.status).toBe(200);

    const listed = (await post(t, 'outreach.codes.list', { communityCode: CUIYUAN_1 }, point.accessToken)).body.data
      .items as { id: string; counts: unknown }[];
    expect(listed.find((c) => c.id === code.id)!.counts).toEqual({ visits: 2, selfChecks: 1, applications: 1 });

    const rows = await t.deps.db.select().from(outreachEvents).where(eq(outreachEvents.codeId, code.id));
    expect(Object.keys(rows[0]!).sort()).toEqual(['applicationId', 'codeId', 'id', 'kind', 'occurredAt']);

    const today = new Date(t.clock.now().getTime() + 8 * 3600_000).toISOString().slice(0, 10);
    const reach = ZOutreachReach.parse(
      (await post(t, 'outreach.reach', { from: today, to: today }, station.accessToken)).body.data,
    );
    const cy1 = reach.communities.find((c) => c.code === CUIYUAN_1)!;
    expect(cy1).toMatchObject({ name: '翠苑一区社区', visits: 2, selfChecks: 1, applications: 1 });
    expect(cy1.codes).toBeGreaterThanOrEqual(3);
    expect(reach.communities.map((c) => c.code)).not.toContain('330106002051');
    const otherReach = (await post(t, 'outreach.reach', { from: today, to: today }, otherStation.accessToken)).body
      .data;
    expect(otherReach.communities.map((c: { code: string }) => c.code)).toEqual(['330106002051']);
    const earlier = (await post(t, 'outreach.reach', { from: '2026-01-01', to: '2026-01-02' }, hub.accessToken)).body
      .data;
    expect(earlier.communities.find((c: { code: string }) => c.code === CUIYUAN_1).visits).toBe(0);
  });

  it('track: 400 naming the field, 404 for an unknown code, nothing stored', async () => {
    const bad = await post(t, 'outreach.track', { code: 'bad!', kind: 'visit' });
    expect(bad.status).toBe(400);
    expect(bad.body.details?.[0]?.field).toBe('code');
    const kind = await post(t, 'outreach.track', { code: 'zzzzzzzz', kind: 'application' });
    expect(kind.body.details?.[0]?.field).toBe('kind');
    const unknown = await post(t, 'outreach.track', { code: 'zzzzzzzz', kind: 'visit' });
    expect(unknown.status).toBe(404);
    expect(await t.deps.db.select().from(outreachEvents).where(eq(outreachEvents.codeId, 'zzzzzzzz'))).toEqual([]);
  });

  it('attribute: 401, 400, 404 for someone else’s application', async () => {
    const code = await create(point, { communityCode: CUIYUAN_1 });
    const app = await buildApplication(t, { applicantUserId: resident.userId });
    expect((await post(t, 'outreach.attribute', { code: code.id, applicationId: app.id })).status).toBe(401);
    const bad = await post(t, 'outreach.attribute', { code: code.id, applicationId: 'x' }, resident.accessToken);
    expect(bad.body.details?.[0]?.field).toBe('applicationId');
    const other = await buildSession(t);
    const res = await post(t, 'outreach.attribute', { code: code.id, applicationId: app.id }, other.accessToken);
    expect(res.status).toBe(404);
    const rows = await t.deps.db.select().from(outreachEvents).where(eq(outreachEvents.applicationId, app.id));
    expect(rows).toEqual([]);
  });

  it('reach: 401, 403 for a resident, 400 naming the field', async () => {
    expect((await post(t, 'outreach.reach', { from: '2026-12-01', to: '2026-12-05' })).status).toBe(401);
    const r = await post(t, 'outreach.reach', { from: '2026-12-01', to: '2026-12-05' }, resident.accessToken);
    expect(r.status).toBe(403);
    const bad = await post(t, 'outreach.reach', { from: '2026-12-05', to: '2026-12-01' }, hub.accessToken);
    expect(bad.status).toBe(400);
    expect(bad.body.details?.[0]?.field).toBe('to');
  });
});
