/**
 * QR codes of events, decoded as a phone would (sharp → raw pixels → jsQR): the event's code opens its detail
 * page with scene e.<code> (which events.get resolves to the same event); a sign-up's code opens the check-in page
 * with scene s.<code> (which staff check in with). Only the sign-up's owner gets its code.
 */
import jsQR from 'jsqr';
import sharp from 'sharp';
import { EVENT_CHECKIN_PAGE, EVENT_DETAIL_PAGE, parseScene } from '../../shared/domain/events';
import { ZEventQr } from '../../shared/schemas/events';
import { post } from './support/factories';
import { useTestApp } from './support/harness';
import { deptOfficer, publishEvent, resident, signUp, venuePoint } from './support/events';

const t = useTestApp();

async function decode(dataUrl: string): Promise<string> {
  const png = Buffer.from(dataUrl.replace(/^data:image\/png;base64,/, ''), 'base64');
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  const found = jsQR(new Uint8ClampedArray(data), info.width, info.height);
  if (!found) throw new Error('no QR code found');
  return found.data;
}

function route(url: string) {
  const { hash } = new URL(url);
  const [path, query] = hash.replace(/^#\//, '').split('?');
  return { page: path!, scene: parseScene(new URLSearchParams(query).get('scene')) };
}

it('the event QR opens its detail page; the sign-up QR opens the check-in page that checks the right person in', async () => {
  const officer = await deptOfficer(t);
  const event = await publishEvent(t, officer.accessToken, { pointId: await venuePoint(t) });
  const me = await resident(t);

  expect((await post(t, 'events.qr', { kind: 'event', id: event.id })).status).toBe(401);
  expect((await post(t, 'events.qr', { kind: 'poster', id: event.id }, me.accessToken)).body.details[0].field).toBe(
    'kind',
  );
  const eventQr = ZEventQr.parse(
    (await post(t, 'events.qr', { kind: 'event', id: event.id }, me.accessToken)).body.data,
  );
  const decoded = await decode(eventQr.dataUrl);
  expect(decoded).toBe(eventQr.url);
  const opened = route(decoded);
  expect(opened).toEqual({ page: EVENT_DETAIL_PAGE, scene: { kind: 'event', code: event.code } });
  expect(eventQr.scene.length).toBeLessThanOrEqual(32);
  expect((await post(t, 'events.get', { code: opened.scene!.code })).body.data.id).toBe(event.id);

  const mine = await signUp(t, me.accessToken, event.id, { name: '周阿婆', phone: '13900002222' });
  const other = await resident(t, '别人');
  expect((await post(t, 'events.qr', { kind: 'signup', id: mine.id }, other.accessToken)).status).toBe(404);
  const signupQr = ZEventQr.parse(
    (await post(t, 'events.qr', { kind: 'signup', id: mine.id }, me.accessToken)).body.data,
  );
  const scanned = route(await decode(signupQr.dataUrl));
  expect(scanned.page).toBe(EVENT_CHECKIN_PAGE);
  expect(scanned.scene!.kind).toBe('signup');
  const checked = await post(t, 'events.checkIn', { code: scanned.scene!.code }, officer.accessToken);
  expect([checked.status, checked.body.data.attendee.id, checked.body.data.attendee.name]).toEqual([
    200,
    mine.id,
    '周阿婆',
  ]);
});
