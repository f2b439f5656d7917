/**
 * The only place that talks HTTP to WeChat: timeouts, bounded jittered retries on transport errors
 * and errcode -1, and logs with credentials scrubbed from the URL.
 */
import type { Logger } from '../logger';
import { scrubUrl } from '../logger';
import { WX, WechatTransportError, mapWechatError } from './errors';

export type WechatHttpOptions = {
  baseUrl: string;
  timeoutMs: number;
  logger: Logger;
  retries?: number;
  retryDelayMs?: number;
};
export type WxBody = { errcode?: number; errmsg?: string } & Record<string, unknown>;

export async function wxRequest(
  options: WechatHttpOptions,
  pathAndQuery: string,
  init: { method: 'GET' | 'POST'; json?: unknown } = { method: 'GET' },
): Promise<WxBody> {
  const url = `${options.baseUrl.replace(/\/$/, '')}${pathAndQuery}`;
  const retries = options.retries ?? 2;
  let lastError: unknown;
  for (let attempt = 0; attempt <= retries; attempt++) {
    if (attempt > 0) await sleep((options.retryDelayMs ?? 100) * attempt * (0.5 + Math.random()));
    try {
      const body = await once(options, url, init);
      if (body.errcode === WX.BUSY) {
        lastError = mapWechatError(WX.BUSY);
        options.logger.warn({ url: scrubUrl(url), attempt }, 'wechat busy');
        continue;
      }
      return body;
    } catch (err) {
      if (!(err instanceof WechatTransportError)) throw err;
      lastError = err;
      options.logger.warn({ url: scrubUrl(url), attempt, reason: err.message }, 'wechat transport error');
    }
  }
  throw lastError instanceof WechatTransportError ? mapWechatError(WX.BUSY) : lastError;
}

async function once(
  options: WechatHttpOptions,
  url: string,
  init: { method: 'GET' | 'POST'; json?: unknown },
): Promise<WxBody> {
  const started = Date.now();
  let res: Response;
  try {
    res = await fetch(url, {
      method: init.method,
      headers: init.json === undefined ? undefined : { 'content-type': 'application/json' },
      body: init.json === undefined ? undefined : JSON.stringify(init.json),
      signal: AbortSignal.timeout(options.timeoutMs),
    });
  } catch (err) {
    throw new WechatTransportError((err as Error).name === 'TimeoutError' ? 'timeout' : 'network', { cause: err });
  }
  const text = await res.text().catch(() => '');
  options.logger.debug({ url: scrubUrl(url), status: res.status, ms: Date.now() - started }, 'wechat call');
  if (res.status >= 500) throw new WechatTransportError(`http ${res.status}`);
  try {
    const body = JSON.parse(text) as unknown;
    if (body && typeof body === 'object' && !Array.isArray(body)) return body as WxBody;
  } catch {
    // fall through: treated as an unknown upstream failure below
  }
  throw mapWechatError(Number.NaN);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
