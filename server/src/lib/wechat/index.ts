/**
 * WeChat server APIs behind one module: code2Session, the stable access token (one cached token,
 * single flight) and the code-based phone number API. session_key is dropped the moment it arrives.
 */
import { AppError } from '../../errors';
import type { Clock } from '../clock';
import type { Logger } from '../logger';
import { WX, mapWechatError } from './errors';
import { wxRequest, type WechatHttpOptions } from './http';
import { sendSubscribeMessage, type SubscribeMessage } from './subscribe';
import { getWxaCodeUnlimited, type WxaCodeRequest } from './wxacode';

export type { WxaCodeRequest };

export type WechatIdentity = { openid: string; unionid: string | null };
export type WechatPhone = { purePhoneNumber: string; countryCode: string };

export type WechatClient = {
  code2Session(code: string): Promise<WechatIdentity>;
  getPhoneNumber(code: string): Promise<WechatPhone>;
  getAccessToken(): Promise<string>;
  /** @throws WechatSendError (see ./subscribe) when WeChat refuses the message. */
  sendSubscribeMessage(msg: SubscribeMessage): Promise<void>;
  /** A mini-program code image (PNG) for a page and scene (wxacode.getUnlimited). */
  getWxaCodeUnlimited(req: WxaCodeRequest): Promise<Buffer>;
};

export type WechatConfig = {
  appId: string;
  appSecret: string;
  baseUrl: string;
  timeoutMs: number;
  logger: Logger;
  clock: Clock;
  retryDelayMs?: number;
};

/** Refresh the access token this long before WeChat says it expires. */
const REFRESH_MARGIN_MS = 5 * 60 * 1000;

export function createWechatClient(config: WechatConfig): WechatClient {
  const http: WechatHttpOptions = {
    baseUrl: config.baseUrl,
    timeoutMs: config.timeoutMs,
    logger: config.logger,
    retryDelayMs: config.retryDelayMs,
  };
  let cached: { token: string; expiresAt: number } | null = null;
  let inflight: Promise<string> | null = null;

  async function fetchToken(forceRefresh: boolean): Promise<string> {
    const body = await wxRequest(http, '/cgi-bin/stable_token', {
      method: 'POST',
      json: {
        grant_type: 'client_credential',
        appid: config.appId,
        secret: config.appSecret,
        force_refresh: forceRefresh,
      },
    });
    if (body.errcode) throw mapWechatError(body.errcode);
    if (typeof body.access_token !== 'string' || typeof body.expires_in !== 'number')
      throw new AppError('UPSTREAM_FAILED');
    cached = { token: body.access_token, expiresAt: config.clock.now().getTime() + body.expires_in * 1000 };
    return cached.token;
  }

  function getAccessToken(forceRefresh = false): Promise<string> {
    if (!forceRefresh && cached && cached.expiresAt - REFRESH_MARGIN_MS > config.clock.now().getTime())
      return Promise.resolve(cached.token);
    // every concurrent caller shares one upstream request
    inflight ??= fetchToken(forceRefresh).finally(() => {
      inflight = null;
    });
    return inflight;
  }

  return {
    async code2Session(code) {
      const query = new URLSearchParams({
        appid: config.appId,
        secret: config.appSecret,
        js_code: code,
        grant_type: 'authorization_code',
      });
      const body = await wxRequest(http, `/sns/jscode2session?${query}`);
      if (body.errcode) throw mapWechatError(body.errcode);
      if (typeof body.openid !== 'string' || body.openid.length === 0) throw new AppError('UPSTREAM_FAILED');
      // body.session_key is deliberately ignored: never returned, logged or stored (we use the code-based phone API)
      return { openid: body.openid, unionid: typeof body.unionid === 'string' ? body.unionid : null };
    },

    async getPhoneNumber(code) {
      for (let attempt = 0; attempt < 2; attempt++) {
        const token = await getAccessToken(attempt > 0);
        const body = await wxRequest(
          http,
          `/wxa/business/getuserphonenumber?access_token=${encodeURIComponent(token)}`,
          { method: 'POST', json: { code } },
        );
        if (body.errcode === WX.INVALID_CREDENTIAL || body.errcode === WX.TOKEN_EXPIRED) {
          cached = null;
          continue;
        }
        if (body.errcode) throw mapWechatError(body.errcode);
        const info = body.phone_info as
          { purePhoneNumber?: unknown; countryCode?: unknown; watermark?: { appid?: unknown } } | undefined;
        if (!info || typeof info.purePhoneNumber !== 'string' || info.watermark?.appid !== config.appId) {
          throw new AppError('UPSTREAM_FAILED');
        }
        return { purePhoneNumber: info.purePhoneNumber, countryCode: String(info.countryCode ?? '86') };
      }
      throw new AppError('UPSTREAM_FAILED');
    },

    getAccessToken: () => getAccessToken(false),

    sendSubscribeMessage: (msg) => sendSubscribeMessage(http, getAccessToken, msg),

    getWxaCodeUnlimited: (req) => getWxaCodeUnlimited(http, getAccessToken, req),
  };
}
