import { AppError } from '../../errors';

/** WeChat errcodes we handle explicitly (see developers.weixin.qq.com code2Session / getPhoneNumber docs). */
export const WX = {
  BUSY: -1,
  INVALID_CREDENTIAL: 40001,
  INVALID_CODE: 40029,
  CODE_USED: 40163,
  TOKEN_EXPIRED: 42001,
  RATE_LIMITED: 45011,
  HIGH_RISK_USER: 40226,
  NO_SUBSCRIBE_QUOTA: 43101,
} as const;

/** Maps a WeChat errcode to our error model. WeChat's errmsg (it carries an rid) is never passed on. */
export function mapWechatError(errcode: number): AppError {
  switch (errcode) {
    case WX.INVALID_CODE:
    case WX.CODE_USED:
      return new AppError('WECHAT_CODE_INVALID');
    case WX.RATE_LIMITED:
      return new AppError('RATE_LIMITED', { headers: { 'Retry-After': '60' } });
    case WX.HIGH_RISK_USER:
      return new AppError('ACCOUNT_BLOCKED');
    case WX.BUSY:
      return new AppError('SERVICE_UNAVAILABLE', {
        message: '微信服务繁忙，请稍后再试',
        headers: { 'Retry-After': '5' },
      });
    default:
      return new AppError('UPSTREAM_FAILED');
  }
}

/** A transport failure (timeout, refused, reset): the upstream may be fine a moment later. */
export class WechatTransportError extends Error {
  override readonly name = 'WechatTransportError';
}
