/**
 * A local stand-in for WeChat's servers (code2Session, stable_token): answers for the one code the weapp
 * harnesses' wx.login hands out, rejects any other code as WeChat does.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type WechatStandIn = { baseUrl: string; close: () => Promise<void> };

export async function startWechatStandIn(code = 'e2e-weapp-code'): Promise<WechatStandIn> {
  const wechat = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://wechat');
    const body =
      url.pathname === '/sns/jscode2session' && url.searchParams.get('js_code') === code
        ? { openid: 'o-e2e-weapp-user', session_key: 'e2e-session-key' }
        : url.pathname === '/cgi-bin/stable_token'
          ? { access_token: 'e2e-token', expires_in: 7200 }
          : { errcode: 40029, errmsg: 'invalid code' };
    req.resume();
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => wechat.listen(0, '127.0.0.1', resolve));
  return {
    baseUrl: `http://127.0.0.1:${(wechat.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => wechat.close(() => resolve())),
  };
}
