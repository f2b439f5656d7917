/**
 * WeChat subscribe messages (subscribeMessage.send) through the central access-token provider.
 * Errcodes that retrying cannot fix (no quota 43101, bad openid, bad template or data) are permanent
 * (security.md WX-09); the outbox worker marks them failed_permanent and never retries.
 */
import { WX } from './errors';
import { wxRequest, type WechatHttpOptions } from './http';

export type SubscribeMessage = {
  touser: string;
  templateId: string;
  /** Login-guarded page without identifiers. */
  page?: string;
  data: Record<string, { value: string }>;
};

/** 43101 no quota (user did not subscribe / used up), 40003 bad openid, 40037 bad template, 47003 bad data, 43107 not allowed. */
export const PERMANENT_SEND_ERRCODES: ReadonlySet<number> = new Set([
  WX.NO_SUBSCRIBE_QUOTA,
  40003,
  40037,
  47003,
  43107,
]);

export class WechatSendError extends Error {
  override readonly name = 'WechatSendError';
  constructor(readonly errcode: number) {
    super(`wechat subscribe send failed: ${errcode}`);
  }

  get permanent(): boolean {
    return PERMANENT_SEND_ERRCODES.has(this.errcode);
  }
}

/**
 * Sends one subscribe message. A stale token (40001/42001) is refreshed once.
 *
 * @throws WechatSendError with the errcode when WeChat refuses; AppError for transport failures.
 */
export async function sendSubscribeMessage(
  http: WechatHttpOptions,
  getAccessToken: (forceRefresh: boolean) => Promise<string>,
  msg: SubscribeMessage,
): Promise<void> {
  for (let attempt = 0; attempt < 2; attempt++) {
    const token = await getAccessToken(attempt > 0);
    const body = await wxRequest(http, `/cgi-bin/message/subscribe/send?access_token=${encodeURIComponent(token)}`, {
      method: 'POST',
      json: { touser: msg.touser, template_id: msg.templateId, page: msg.page, data: msg.data, lang: 'zh_CN' },
    });
    if (body.errcode === WX.INVALID_CREDENTIAL || body.errcode === WX.TOKEN_EXPIRED) continue;
    if (body.errcode) throw new WechatSendError(body.errcode);
    return;
  }
  throw new WechatSendError(WX.TOKEN_EXPIRED);
}
