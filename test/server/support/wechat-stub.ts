/**
 * A local HTTP server that answers like WeChat's: code2Session, stable_token, getuserphonenumber and
 * getwxacodeunlimit (a real PNG QR code of `wxacode:<page>?<scene>`, so tests can decode what WeChat was asked for),
 * with scripted errcodes. No test ever calls a real WeChat host.
 */
import http from 'node:http';
import QRCode from 'qrcode';
import type { AddressInfo } from 'node:net';

export type StubReply = { status?: number; body?: unknown; delayMs?: number; raw?: string };

export type WechatStub = {
  url: string;
  calls: { path: string; query: URLSearchParams; body: unknown }[];
  /** Replies per code (code2Session and phone); a function gets the attempt number for that code. */
  codes: Map<string, StubReply | ((attempt: number) => StubReply)>;
  tokenReply: () => StubReply;
  /** getwxacodeunlimit: null answers a PNG QR code of `wxacode:<page>?<scene>`; a reply scripts an error. */
  wxaCodeReply: (() => StubReply) | null;
  phoneAppId: string;
  close(): Promise<void>;
};

export async function startWechatStub(appId = 'wx-test-app'): Promise<WechatStub> {
  const stub = {
    calls: [] as WechatStub['calls'],
    codes: new Map(),
    tokenReply: (): StubReply => ({ body: { access_token: `token-${stub.calls.length}`, expires_in: 7200 } }),
    phoneAppId: appId,
    wxaCodeReply: null,
  } as unknown as WechatStub;
  const attempts = new Map<string, number>();

  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', async () => {
      const url = new URL(req.url ?? '/', 'http://stub');
      const body = raw ? JSON.parse(raw) : undefined;
      stub.calls.push({ path: url.pathname, query: url.searchParams, body });
      let reply: StubReply = { status: 404, body: { errcode: 404 } };
      if (url.pathname === '/sns/jscode2session' || url.pathname === '/wxa/business/getuserphonenumber') {
        const code =
          url.pathname === '/sns/jscode2session' ? (url.searchParams.get('js_code') ?? '') : String(body?.code ?? '');
        const n = (attempts.get(code) ?? 0) + 1;
        attempts.set(code, n);
        const scripted = stub.codes.get(code);
        reply =
          typeof scripted === 'function'
            ? scripted(n)
            : (scripted ?? { body: { errcode: 40029, errmsg: 'invalid code, rid: 1234' } });
      } else if (url.pathname === '/cgi-bin/stable_token') {
        reply = stub.tokenReply();
      } else if (url.pathname === '/wxa/getwxacodeunlimit' && stub.wxaCodeReply) {
        reply = stub.wxaCodeReply();
      } else if (url.pathname === '/wxa/getwxacodeunlimit') {
        const png = await QRCode.toBuffer(`wxacode:${String(body?.page)}?${String(body?.scene)}`, { margin: 2 });
        res.writeHead(200, { 'content-type': 'image/png' });
        res.end(png);
        return;
      }
      if (reply.delayMs) await new Promise((r) => setTimeout(r, reply.delayMs));
      res.writeHead(reply.status ?? 200, { 'content-type': 'application/json' });
      res.end(reply.raw ?? JSON.stringify(reply.body ?? {}));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  stub.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  stub.close = () => new Promise((resolve) => server.close(() => resolve()));
  return stub;
}
