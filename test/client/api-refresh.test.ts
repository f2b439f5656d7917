import { call } from '@/services/api';
import { clearSession, getSession, setSession } from '@/stores/session';
import { readSession } from '@/storage/session';
import { me, session } from './support/fixtures';
import { fail, mockApi, ok } from './support/request-mock';

const old = session();
const rotated = session();

/** me.get that accepts only the rotated token. */
const meAcceptingRotated = (_data: unknown, authorization?: string) =>
  authorization === `Bearer ${rotated.accessToken}` ? ok(me({ displayName: '新令牌' })) : fail(401, 'UNAUTHENTICATED');

beforeEach(() => {
  jest.restoreAllMocks();
  clearSession();
  setSession(old);
});

describe('call: expired access token', () => {
  it('refreshes once with the stored refresh token, stores the rotation and retries', async () => {
    const api = mockApi({ 'me.get': meAcceptingRotated, 'auth.refresh': () => ok(rotated) });

    await expect(call('me.get', {})).resolves.toMatchObject({ displayName: '新令牌' });

    expect(api.callsTo('auth.refresh')).toEqual([
      { name: 'auth.refresh', data: { refreshToken: old.refreshToken }, authorization: undefined },
    ]);
    expect(api.callsTo('me.get').map((c) => c.authorization)).toEqual([
      `Bearer ${old.accessToken}`,
      `Bearer ${rotated.accessToken}`,
    ]);
    expect(getSession()?.accessToken).toBe(rotated.accessToken);
    expect(readSession()?.refreshToken).toBe(rotated.refreshToken);
  });

  it('shares one refresh between calls that fail together (single flight)', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const api = mockApi({ 'me.get': meAcceptingRotated, 'auth.refresh': () => gate.then(() => ok(rotated)) });

    const results = Promise.all([call('me.get', {}), call('me.get', {}), call('me.get', {})]);
    await new Promise((resolve) => setTimeout(resolve, 10));
    release();

    await expect(results).resolves.toHaveLength(3);
    expect(api.callsTo('auth.refresh')).toHaveLength(1);
    expect(api.callsTo('me.get')).toHaveLength(6);
  });

  it('does not refresh again when another call already rotated the token', async () => {
    const api = mockApi({
      'me.get': (data, authorization) => {
        // The first call's 401 arrives after the session was already rotated elsewhere.
        if (authorization === `Bearer ${old.accessToken}`) setSession(rotated);
        return meAcceptingRotated(data, authorization);
      },
      'auth.refresh': () => ok(session()),
    });

    await expect(call('me.get', {})).resolves.toMatchObject({ displayName: '新令牌' });
    expect(api.callsTo('auth.refresh')).toHaveLength(0);
  });

  it('clears the session and reports UNAUTHENTICATED when the refresh is refused', async () => {
    const api = mockApi({
      'me.get': () => fail(401, 'UNAUTHENTICATED'),
      'auth.refresh': () => fail(401, 'UNAUTHENTICATED'),
    });

    await expect(call('me.get', {})).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });

    expect(api.callsTo('auth.refresh')).toHaveLength(1);
    expect(api.callsTo('me.get')).toHaveLength(1); // no retry without a new token
    expect(getSession()).toBeNull();
    expect(readSession()).toBeNull();
  });

  it('clears the session when even the refreshed token is refused (refresh at most once)', async () => {
    const api = mockApi({ 'me.get': () => fail(401, 'UNAUTHENTICATED'), 'auth.refresh': () => ok(rotated) });

    await expect(call('me.get', {})).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });

    expect(api.callsTo('auth.refresh')).toHaveLength(1);
    expect(api.callsTo('me.get')).toHaveLength(2);
    expect(getSession()).toBeNull();
  });

  it.each([
    ['no network', () => Promise.reject(new Error('offline')), 'NETWORK'],
    ['a rate limit', () => fail(429, 'RATE_LIMITED'), 'RATE_LIMITED'],
    ['a server error', () => fail(500, 'INTERNAL'), 'INTERNAL'],
  ])('keeps the session when the refresh fails for %s', async (_label, refresh, code) => {
    mockApi({ 'me.get': () => fail(401, 'UNAUTHENTICATED'), 'auth.refresh': refresh });

    await expect(call('me.get', {})).rejects.toMatchObject({ code });

    expect(getSession()?.refreshToken).toBe(old.refreshToken);
  });

  it('does not bring back a session that was logged out while the refresh was in flight', async () => {
    mockApi({
      'me.get': meAcceptingRotated,
      'auth.refresh': () => {
        clearSession(); // the user tapped 退出登录 meanwhile
        return ok(rotated);
      },
    });

    await expect(call('me.get', {})).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(getSession()).toBeNull();
    expect(readSession()).toBeNull();
  });
});
