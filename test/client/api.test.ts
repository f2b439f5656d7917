import Taro from '@tarojs/taro';
import { ErrorCode, defaultMessageOf, httpStatusOf, type ErrorCode as TErrorCode } from '@shared/errors';
import { ZSession } from '@shared/schemas/auth';
import { ZDistrictOverview } from '@shared/schemas/org';
import { ApiError, call } from '@/services/api';
import { clearSession, setSession } from '@/stores/session';
import { overview, session } from './support/fixtures';
import { fail, mockApi, ok } from './support/request-mock';

beforeEach(() => {
  jest.restoreAllMocks();
  clearSession();
});

async function callError(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe('call: success', () => {
  it('posts JSON to /api/<name> and returns data', async () => {
    const api = mockApi({ 'org.overview': () => ok(overview()) });
    const spy = api.spy;

    const data = await call('org.overview', {});

    expect(ZDistrictOverview.parse(data).streets).toHaveLength(12);
    const options = spy.mock.calls[0]![0] as Taro.request.Option;
    expect(options).toMatchObject({ url: '/api/org.overview', method: 'POST', data: {} });
    expect(options.header).toMatchObject({ 'Content-Type': 'application/json' });
    expect(api.calls[0]!.authorization).toBeUndefined();
  });

  it('sends the access token when logged in, but never to the login endpoints', async () => {
    const s = session();
    expect(ZSession.safeParse(s).success).toBe(true);
    setSession(s);
    const api = mockApi({ 'me.get': () => ok(s.user), 'auth.devUsers': () => ok({ enabled: true, users: [] }) });

    await call('me.get', {});
    await call('auth.devUsers', {});

    expect(api.calls.map((c) => [c.name, c.authorization])).toEqual([
      ['me.get', `Bearer ${s.accessToken}`],
      ['auth.devUsers', undefined],
    ]);
  });
});

describe('call: error mapping', () => {
  const serverCodes = Object.values(ErrorCode).filter((code) => code !== 'NETWORK' && code !== 'UNAUTHENTICATED');

  it.each(serverCodes)('%s keeps code, status, message, details and requestId', async (code: TErrorCode) => {
    const details = [{ field: 'inviteCode', message: '邀请码应为12位字母或数字' }];
    mockApi({ 'org.overview': () => fail(httpStatusOf[code], code, { details }) });

    const error = await callError(call('org.overview', {}));

    expect(error).toMatchObject({
      code,
      status: httpStatusOf[code],
      message: `服务器说：${code}`,
      requestId: 'req-123',
      details,
    });
    expect(error.fieldMessage('inviteCode')).toBe('邀请码应为12位字母或数字');
  });

  it('UNAUTHENTICATED without a session is passed through (nothing to refresh)', async () => {
    const api = mockApi({ 'me.get': () => fail(401, 'UNAUTHENTICATED') });
    const error = await callError(call('me.get', {}));
    expect(error.code).toBe('UNAUTHENTICATED');
    expect(api.callsTo('auth.refresh')).toHaveLength(0);
  });

  it('a request that gets no response is NETWORK, with what to do next', async () => {
    jest.spyOn(Taro, 'request').mockRejectedValue(new Error('request:fail timeout'));
    const error = await callError(call('org.overview', {}));
    expect(error).toMatchObject({ code: 'NETWORK', status: 0, message: defaultMessageOf.NETWORK });
  });

  it.each([
    ['an HTML error page', { statusCode: 502, data: '<html>Bad Gateway</html>' }],
    ['an empty body', { statusCode: 500, data: null }],
    ['an unknown code', { statusCode: 418, data: { ok: false, code: 'TEAPOT', message: 'x', requestId: 'r' } }],
    [
      'a server claiming NETWORK',
      { statusCode: 500, data: { ok: false, code: 'NETWORK', message: 'x', requestId: 'r' } },
    ],
    ['200 without the ok envelope', { statusCode: 200, data: { streets: [] } }],
  ])('%s becomes INTERNAL', async (_label, response) => {
    mockApi({ 'org.overview': () => response });
    const error = await callError(call('org.overview', {}));
    expect(error).toMatchObject({ code: 'INTERNAL', message: defaultMessageOf.INTERNAL, status: response.statusCode });
  });

  it('parses a JSON body that arrives as a string', async () => {
    mockApi({ 'org.overview': () => ({ statusCode: 200, data: JSON.stringify({ ok: true, data: overview() }) }) });
    await expect(call('org.overview', {})).resolves.toMatchObject({ district: { name: '西湖区' } });
  });
});
