/**
 * The error envelope `{ ok:false, code, message, details?, requestId }` for every code the API can answer,
 * through the real app (body parser, endpoint map, auth, rate limit) on a real database.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Koa from 'koa';
import request from 'supertest';
import { sql } from 'drizzle-orm';
import { ZErrorBody, defaultMessageOf, httpStatusOf, type ErrorCode } from '../../shared/errors';
import { queryRows } from '../../server/src/db/client';
import { errorHandler, logRequestErrors } from '../../server/src/middleware/error-handler';
import { requestContext } from '../../server/src/middleware/request-context';
import { buildSession, post } from './support/factories';
import { useTestApp } from './support/harness';

const t = useTestApp({ env: { BODY_LIMIT_KB: '1', LOGIN_RATE_PER_MINUTE: '2' } });
const CHINESE = /[\u4e00-\u9fa5]/;

/** Asserts the full envelope and returns its details. */
function expectEnvelope(res: request.Response, code: ErrorCode) {
  expect(res.status).toBe(httpStatusOf[code]);
  expect(res.headers['content-type']).toMatch(/^application\/json/);
  const body = ZErrorBody.strict().parse(res.body);
  expect(body.ok).toBe(false);
  expect(body.code).toBe(code);
  expect(body.requestId).toMatch(/^[A-Za-z0-9._-]{8,64}$/);
  expect(res.headers['x-request-id']).toBe(body.requestId);
  if (res.status < 500) expect(body.message).toMatch(CHINESE);
  return body.details;
}

const raw = (path: string, type: string, payload: string) => t.api().post(path).set('Content-Type', type).send(payload);
const countRows = async () =>
  (
    await queryRows<Record<string, number>>(
      t.deps.db,
      sql`select (select count(*)::int from auth_sessions) as sessions, (select count(*)::int from refresh_tokens) as tokens,
                 (select count(*)::int from memberships) as memberships, (select count(*)::int from audit_log) as audit`,
    )
  )[0];

describe('400 VALIDATION_FAILED', () => {
  it('names `body` for malformed JSON', async () => {
    const details = expectEnvelope(await raw('/api/org.overview', 'application/json', '{"a":'), 'VALIDATION_FAILED');
    expect(details).toEqual([{ field: 'body', message: '请求内容不是有效的 JSON' }]);
  });

  it('names an unknown field', async () => {
    const details = expectEnvelope(
      await post(t, 'divisions.list', { parentCode: '330106005000', sneaky: 1 }),
      'VALIDATION_FAILED',
    );
    expect(details?.map((d) => d.field)).toEqual(['sneaky']);
  });

  it.each([['[]'], ['[{"parentCode":"330106005000"}]'], ['42'], ['"text"'], ['true'], ['null']])(
    'refuses the non-object body %s',
    async (payload) => {
      const details = expectEnvelope(
        await raw('/api/divisions.list', 'application/json', payload),
        'VALIDATION_FAILED',
      );
      expect(details).toEqual([{ field: 'body', message: '请求内容应为 JSON 对象' }]);
    },
  );

  it('refuses a __proto__ key and pollutes nothing', async () => {
    const res = await raw('/api/org.overview', 'application/json', '{"__proto__":{"isAdmin":true}}');
    const details = expectEnvelope(res, 'VALIDATION_FAILED');
    expect(details?.[0]?.field).toBe('__proto__');
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('isAdmin');
  });

  it('accepts an empty body as {} on an endpoint without input', async () => {
    const res = await t.api().post('/api/departments.list').set('Content-Type', 'application/json');
    expect(res.status).toBe(200);
    expect(res.body.ok).toBe(true);
  });
});

describe('401, 403 and 404', () => {
  it('401 UNAUTHENTICATED on me.get without a token, and with a garbage one', async () => {
    expectEnvelope(await post(t, 'me.get'), 'UNAUTHENTICATED');
    expectEnvelope(await post(t, 'me.get', {}, 'not-a-jwt'), 'UNAUTHENTICATED');
  });

  it('403 FORBIDDEN for a resident calling an admin endpoint, before its input is read', async () => {
    const resident = await buildSession(t);
    expectEnvelope(await post(t, 'admin.invites.create', { role: 'admin' }, resident.accessToken), 'FORBIDDEN');
    expectEnvelope(await post(t, 'admin.invites.create', { junk: true }, resident.accessToken), 'FORBIDDEN');
  });

  it('404 NOT_FOUND for an unknown endpoint and for GET on a POST endpoint', async () => {
    expectEnvelope(await post(t, 'nope.nope'), 'NOT_FOUND');
    expectEnvelope(await t.api().get('/api/org.overview'), 'NOT_FOUND');
    expectEnvelope(await t.api().get('/api'), 'NOT_FOUND');
  });
});

describe('413 PAYLOAD_TOO_LARGE (BODY_LIMIT_KB=1)', () => {
  const big = JSON.stringify({ parentCode: '330106005000', pad: 'x'.repeat(2048) });

  it('refuses a declared content-length over the limit', async () => {
    expectEnvelope(await raw('/api/divisions.list', 'application/json', big), 'PAYLOAD_TOO_LARGE');
  });

  it('refuses a chunked body that grows over the limit, and still answers', async () => {
    const callback = t.app.callback();
    let requestEncoding: string | undefined;
    const server = http.createServer((req, res) => {
      requestEncoding = req.headers['transfer-encoding'];
      return callback(req, res);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const res = await new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>(
        (resolve, reject) => {
          const req = http.request({
            port,
            host: '127.0.0.1',
            method: 'POST',
            path: '/api/divisions.list',
            headers: { 'content-type': 'application/json' },
          });
          req.on('response', (r) => {
            let body = '';
            r.on('data', (c) => (body += c));
            r.on('end', () => resolve({ status: r.statusCode!, headers: r.headers, body }));
          });
          req.on('error', reject);
          for (let i = 0; i < 8; i++) req.write(big.slice(i * 300, (i + 1) * 300));
          req.end(big.slice(2400));
        },
      );
      expect(requestEncoding).toBe('chunked');
      const body = ZErrorBody.parse(JSON.parse(res.body));
      expect(res.status).toBe(413);
      expect(body.code).toBe('PAYLOAD_TOO_LARGE');
      expect(res.headers['x-request-id']).toBe(body.requestId);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('accepts a body just under the limit', async () => {
    const res = await raw('/api/divisions.list', 'application/json', `{"parentCode":"330106005000"}${' '.repeat(900)}`);
    expect(res.status).toBe(200);
  });
});

describe('415 UNSUPPORTED_MEDIA_TYPE', () => {
  it.each([['text/plain'], ['application/x-www-form-urlencoded'], ['application/json; charset=gbk']])(
    'refuses %s',
    async (type) => {
      expectEnvelope(await raw('/api/org.overview', type, '{}'), 'UNSUPPORTED_MEDIA_TYPE');
    },
  );
});

describe('429 RATE_LIMITED and nothing written on error', () => {
  it('writes nothing when devLogin fails for an unknown user or a bad invite code', async () => {
    t.clock.advance(61_000);
    const before = await countRows();
    expectEnvelope(await post(t, 'auth.devLogin', { userId: '00000000-0000-4000-8000-000000000000' }), 'NOT_FOUND');
    const demo = (await post(t, 'auth.devUsers')).body.data.users[0];
    const details = expectEnvelope(
      await post(t, 'auth.devLogin', { userId: demo.id, inviteCode: 'AAAA-BBBB-CCCC' }),
      'VALIDATION_FAILED',
    );
    expect(details?.[0]?.field).toBe('inviteCode');
    expect(await countRows()).toEqual(before);
  });

  it('answers 429 with Retry-After once LOGIN_RATE_PER_MINUTE is spent', async () => {
    t.clock.advance(61_000);
    const body = { userId: '00000000-0000-4000-8000-000000000000' };
    expect((await post(t, 'auth.devLogin', body)).status).toBe(404);
    expect((await post(t, 'auth.devLogin', body)).status).toBe(404);
    const res = await post(t, 'auth.devLogin', body);
    expectEnvelope(res, 'RATE_LIMITED');
    expect(Number(res.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(Number(res.headers['retry-after'])).toBeLessThanOrEqual(60);
  });
});

describe('500 INTERNAL', () => {
  it('hides the message, stack and SQL of an unexpected error, and logs it without message or SQL', async () => {
    const logged: unknown[] = [];
    const app = new Koa();
    app.silent = true;
    app.on('error', (err) => logged.push(err));
    app.on('error', logRequestErrors(t.deps.logger));
    const mark = t.logs.length;
    app.use(requestContext(t.deps.logger));
    app.use(errorHandler());
    app.use(() => {
      const err = new Error('relation "users" does not exist: SELECT * FROM users WHERE openid = \'o-secret\'');
      throw Object.assign(err, { code: '42P01' });
    });
    const res = await request(app.callback()).post('/api/anything').send({});
    expectEnvelope(res, 'INTERNAL');
    expect(res.body.message).toBe(defaultMessageOf.INTERNAL);
    expect(res.body.details).toBeUndefined();
    const text = res.text;
    for (const leak of ['SELECT', 'o-secret', 'relation', '42P01', 'node_modules', 'Error:'])
      expect(text).not.toContain(leak);
    expect(text).not.toMatch(/ at \S+ \(|\.ts:\d+/);
    expect(logged).toHaveLength(1);
    // the log names the error (class, SQLSTATE, frames) but never repeats its message, which quotes the statement
    const line = t.logs.slice(mark).find((l) => l.includes('"request failed"'))!;
    expect(JSON.parse(line)).toMatchObject({
      level: 50,
      requestId: res.body.requestId,
      err: { classes: ['Error'], sqlstate: '42P01', stack: expect.stringMatching(/^at /) },
    });
    for (const leak of ['SELECT', 'o-secret', 'relation', 'does not exist']) expect(line).not.toContain(leak);
  });

  it('answers 400 naming the body, and logs nothing, when PostgreSQL refuses a client value (SQLSTATE class 22)', async () => {
    const app = new Koa();
    app.silent = true;
    app.on('error', logRequestErrors(t.deps.logger));
    app.use(requestContext(t.deps.logger));
    app.use(errorHandler());
    const values: Record<string, () => Promise<unknown>> = {
      '/timestamp': () => t.deps.db.execute(sql`select ${'2026-13-45 99:99:99+08'}::timestamptz`), // 22008
      '/integer': () => t.deps.db.execute(sql`select ${'99999999999'}::int`), // 22003
      '/syntax': () => t.deps.db.execute(sql`select ${'not a number'}::numeric`), // 22P02
      '/division': () => t.deps.db.execute(sql`select 1 / ${0}::int`), // 22012
    };
    app.use(async (ctx) => {
      ctx.body = await values[ctx.path]!();
    });
    const mark = t.logs.length;
    for (const path of Object.keys(values)) {
      const res = await request(app.callback()).post(path);
      const details = expectEnvelope(res, 'VALIDATION_FAILED');
      expect([path, details?.[0]?.field]).toEqual([path, 'body']);
      expect(res.text).not.toMatch(/2026-13-45|99999999999|not a number|timestamptz|select/);
    }
    expect(t.logs.slice(mark).filter((l) => l.includes('"request failed"'))).toEqual([]);
  });

  it('never exposes a 5xx message, even one marked expose', async () => {
    const app = new Koa();
    app.silent = true;
    app.use(requestContext(t.deps.logger));
    app.use(errorHandler());
    app.use(() => {
      throw Object.assign(new Error('upstream said: invalid appsecret'), { status: 500, expose: true });
    });
    const res = await request(app.callback()).get('/x');
    expectEnvelope(res, 'INTERNAL');
    expect(res.text).not.toContain('appsecret');
  });
});

describe('X-Request-Id', () => {
  it('honours a well-formed incoming id and replaces a malformed one', async () => {
    const good = await post(t, 'nope.nope').set('X-Request-Id', 'client-abc-123');
    expect(good.body.requestId).toBe('client-abc-123');
    const bad = await post(t, 'nope.nope').set('X-Request-Id', 'short');
    expect(bad.body.requestId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(bad.headers['x-request-id']).toBe(bad.body.requestId);
  });
});
