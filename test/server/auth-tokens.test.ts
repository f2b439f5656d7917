import { randomBytes } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { buildSession, post } from './support/factories';
import { useTestApp } from './support/harness';

const t = useTestApp();

function claimsOf(token: string) {
  return jwt.decode(token, { complete: true }) as { header: jwt.JwtHeader; payload: jwt.JwtPayload };
}

/** Re-signs the session's claims with changes, to forge tokens the server must refuse. */
function forge(
  token: string,
  change: {
    header?: Record<string, unknown>;
    payload?: Record<string, unknown>;
    secret?: Buffer | string;
    algorithm?: jwt.Algorithm;
  },
) {
  const { header, payload } = claimsOf(token);
  const secret = change.secret ?? t.jwtKeys[0]!.secret;
  return jwt.sign({ ...payload, ...change.payload }, secret, {
    algorithm: change.algorithm ?? 'HS256',
    header: { ...header, ...change.header } as jwt.JwtHeader,
  });
}

describe('access tokens', () => {
  it('accepts a fresh token and carries no personal data', async () => {
    const s = await buildSession(t);
    expect((await post(t, 'me.get', {}, s.accessToken)).status).toBe(200);
    const { header, payload } = claimsOf(s.accessToken);
    expect(header).toMatchObject({ alg: 'HS256', typ: 'at+jwt', kid: 'test-1' });
    expect(Object.keys(payload).sort()).toEqual(['aud', 'exp', 'iat', 'iss', 'jti', 'sid', 'sub']);
  });

  it('refuses alg none', async () => {
    const s = await buildSession(t);
    const { header, payload } = claimsOf(s.accessToken);
    const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
    const none = `${b64({ ...header, alg: 'none' })}.${b64(payload)}.`;
    const res = await post(t, 'me.get', {}, none);
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('UNAUTHENTICATED');
  });

  it.each([
    ['a different algorithm (HS512)', { algorithm: 'HS512' as const, header: { alg: 'HS512' } }],
    ['a wrong secret', { secret: randomBytes(32) }],
    ['a wrong audience', { payload: { aud: 'staff-console' } }],
    ['a wrong issuer', { payload: { iss: 'someone-else' } }],
    ['an unknown kid', { header: { kid: 'nope' } }],
    ['a jku header', { header: { jku: 'https://evil.example/keys' } }],
    ['another token type', { header: { typ: 'JWT' } }],
    ['a non-uuid subject', { payload: { sub: 'admin' } }],
  ])('refuses %s', async (_label, change) => {
    const s = await buildSession(t);
    const res = await post(t, 'me.get', {}, forge(s.accessToken, change));
    expect(res.status).toBe(401);
  });

  it('refuses an RS256 token even when its signature is valid for its own key', async () => {
    const s = await buildSession(t);
    const { generateKeyPairSync } = await import('node:crypto');
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const token = forge(s.accessToken, {
      algorithm: 'RS256',
      secret: privateKey.export({ type: 'pkcs8', format: 'pem' }) as string,
      header: { alg: 'RS256' },
    });
    expect((await post(t, 'me.get', {}, token)).status).toBe(401);
  });

  it('expires after the TTL, with 30 s of clock tolerance', async () => {
    const s = await buildSession(t);
    const start = t.clock.now();
    try {
      t.clock.set(new Date(start.getTime() + (600 + 29) * 1000));
      expect((await post(t, 'me.get', {}, s.accessToken)).status).toBe(200);
      t.clock.set(new Date(start.getTime() + (600 + 31) * 1000));
      expect((await post(t, 'me.get', {}, s.accessToken)).status).toBe(401);
    } finally {
      t.clock.set(start);
    }
  });

  it('refuses tokens outside the Authorization header, malformed headers and truncated signatures', async () => {
    const s = await buildSession(t);
    expect(
      (
        await t
          .api()
          .post(`/api/me.get?access_token=${s.accessToken}`)
          .set('Content-Type', 'application/json')
          .send('{}')
      ).status,
    ).toBe(401);
    expect(
      (
        await t
          .api()
          .post('/api/me.get')
          .set('Authorization', s.accessToken)
          .set('Content-Type', 'application/json')
          .send('{}')
      ).status,
    ).toBe(401);
    expect((await post(t, 'me.get', {}, s.accessToken.slice(0, -4))).status).toBe(401);
  });

  it('verifies tokens signed with a previous key during a rotation, then not after it is retired', async () => {
    const s = await buildSession(t);
    const oldKey = t.jwtKeys[0]!;
    t.jwtKeys.unshift({ kid: 'test-2', secret: randomBytes(32) });
    try {
      expect((await post(t, 'me.get', {}, s.accessToken)).status).toBe(200);
      t.jwtKeys.splice(t.jwtKeys.indexOf(oldKey), 1);
      expect((await post(t, 'me.get', {}, s.accessToken)).status).toBe(401);
    } finally {
      t.jwtKeys.splice(0, t.jwtKeys.length, oldKey);
    }
  });
});
