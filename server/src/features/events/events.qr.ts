/**
 * QR codes of events (kept small and inside this feature; the outreach posters may share one helper later).
 * A code's text is the H5 link of the page it opens, with the weapp-style `scene` (≤ 32 characters) as its query:
 * an event's detail (e.<event code>, to sign up) or a sign-up's check-in (s.<sign-up code>, staff scan it).
 */
import { randomBytes } from 'node:crypto';
import QRCode from 'qrcode';
import { EVENT_CHECKIN_PAGE, EVENT_DETAIL_PAGE, sceneOf, type EventScene } from '../../../../shared/domain/events';

/** A short random public code: 12 URL-safe characters (72 bits). */
export const newCode = () => randomBytes(9).toString('base64url');

export function qrTarget(origin: string, target: EventScene) {
  const page = target.kind === 'event' ? EVENT_DETAIL_PAGE : EVENT_CHECKIN_PAGE;
  const scene = sceneOf(target);
  return { page, scene, url: `${origin}/#/${page}?scene=${encodeURIComponent(scene)}` };
}

/** The target and its QR code as a PNG data URL (error correction M, large enough to print). */
export async function qrCode(origin: string, target: EventScene) {
  const t = qrTarget(origin, target);
  const dataUrl = await QRCode.toDataURL(t.url, { errorCorrectionLevel: 'M', margin: 2, width: 360 });
  return { ...t, dataUrl };
}
