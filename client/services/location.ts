/**
 * The resident's position, asked for only when they tap something that needs it (never on page load).
 * weapp: Taro.getLocation (gcj02, the coordinates WeChat maps use); H5: navigator.geolocation.
 */
import Taro from '@tarojs/taro';
import { isWeapp } from '../env';

export type Position = { lat: number; lng: number };

/** Why no position came back: the user said no, or the device could not tell. */
export type LocationFailure = 'denied' | 'unavailable';

export class LocationError extends Error {
  override readonly name = 'LocationError';
  readonly reason: LocationFailure;

  constructor(reason: LocationFailure) {
    super(reason === 'denied' ? '没有得到位置授权' : '暂时定不到位置');
    this.reason = reason;
  }
}

const TIMEOUT_MS = 15000;

function fromBrowser(): Promise<Position> {
  return new Promise((resolve, reject) => {
    const geo = typeof navigator !== 'undefined' ? navigator.geolocation : undefined;
    if (!geo) {
      reject(new LocationError('unavailable'));
      return;
    }
    geo.getCurrentPosition(
      (pos) => resolve({ lat: pos.coords.latitude, lng: pos.coords.longitude }),
      (err) => reject(new LocationError(err.code === 1 ? 'denied' : 'unavailable')),
      { enableHighAccuracy: false, timeout: TIMEOUT_MS, maximumAge: 60_000 },
    );
  });
}

async function fromWeapp(): Promise<Position> {
  try {
    const res = await Taro.getLocation({ type: 'gcj02' });
    return { lat: res.latitude, lng: res.longitude };
  } catch (error) {
    const message = String((error as { errMsg?: string })?.errMsg ?? error);
    throw new LocationError(/auth|deny|denied|permission/i.test(message) ? 'denied' : 'unavailable');
  }
}

/**
 * Asks for the current position once.
 *
 * @throws LocationError 'denied' when the user refused, 'unavailable' when the device could not locate.
 */
export function getCurrentPosition(): Promise<Position> {
  return isWeapp ? fromWeapp() : fromBrowser();
}
