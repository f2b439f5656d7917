/**
 * wxacode.getUnlimited (`/wxa/getwxacodeunlimit`): a mini-program code for a page with a `scene` (≤ 32 characters).
 * WeChat answers an image on success and JSON with an errcode on failure. A stale token (40001/42001) is refreshed
 * once; transport failures and errcode -1 are retried like every other call (bounded, jittered).
 */
import { AppError } from '../../errors';
import { scrubUrl } from '../logger';
import { WX, WechatTransportError, mapWechatError } from './errors';
import type { WechatHttpOptions } from './http';

export type WxaCodeRequest = {
  scene: string;
  /** A published page without a leading slash, e.g. `pages/index/index`. */
  page: string;
  /** Pixel width (WeChat allows 280–1280). */
  width?: number;
  /** `release` (default), `trial` or `develop`. */
  envVersion?: 'release' | 'trial' | 'develop';
};

export async function getWxaCodeUnlimited(
  http: WechatHttpOptions,
  getAccessToken: (forceRefresh: boolean) => Promise<string>,
  req: WxaCodeRequest,
): Promise<Buffer> {
  if (!/^[0-9A-Za-z!#$&'()*+,/:;=?@\-._~]{1,32}$/.test(req.scene)) throw new AppError('UPSTREAM_FAILED');
  for (let attempt = 0; attempt < 2; attempt++) {
    const token = await getAccessToken(attempt > 0);
    const url = `${http.baseUrl.replace(/\/$/, '')}/wxa/getwxacodeunlimit?access_token=${encodeURIComponent(token)}`;
    const json = {
      scene: req.scene,
      page: req.page,
      width: req.width ?? 860,
      check_path: false,
      env_version: req.envVersion ?? 'release',
    };
    const reply = await postWithRetries(http, url, json);
    if ('image' in reply) return reply.image;
    if (reply.errcode === WX.INVALID_CREDENTIAL || reply.errcode === WX.TOKEN_EXPIRED) continue;
    throw mapWechatError(reply.errcode);
  }
  throw new AppError('UPSTREAM_FAILED');
}

type Reply = { image: Buffer } | { errcode: number };

async function postWithRetries(http: WechatHttpOptions, url: string, json: unknown): Promise<Reply> {
  const retries = http.retries ?? 2;
  let last: unknown;
  for (let attempt = 0; attempt <= retries; attempt++) {
    if (attempt > 0)
      await new Promise((r) => setTimeout(r, (http.retryDelayMs ?? 100) * attempt * (0.5 + Math.random())));
    try {
      const reply = await once(http, url, json);
      if ('errcode' in reply && reply.errcode === WX.BUSY) {
        last = mapWechatError(WX.BUSY);
        continue;
      }
      return reply;
    } catch (err) {
      if (!(err instanceof WechatTransportError)) throw err;
      last = err;
      http.logger.warn({ url: scrubUrl(url), attempt, reason: err.message }, 'wechat transport error');
    }
  }
  throw last instanceof WechatTransportError ? mapWechatError(WX.BUSY) : last;
}

async function once(http: WechatHttpOptions, url: string, json: unknown): Promise<Reply> {
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(json),
      signal: AbortSignal.timeout(http.timeoutMs),
    });
  } catch (err) {
    throw new WechatTransportError((err as Error).name === 'TimeoutError' ? 'timeout' : 'network', { cause: err });
  }
  if (res.status >= 500) throw new WechatTransportError(`http ${res.status}`);
  const bytes = Buffer.from(await res.arrayBuffer());
  const type = res.headers.get('content-type') ?? '';
  if (type.startsWith('image/')) return { image: bytes };
  try {
    const body = JSON.parse(bytes.toString('utf8')) as { errcode?: unknown };
    if (typeof body.errcode === 'number' && body.errcode !== 0) return { errcode: body.errcode };
  } catch {
    // not JSON: an unknown upstream failure below
  }
  throw new AppError('UPSTREAM_FAILED');
}
