import { randomBytes } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { signAccessToken, verifyAccessToken, type TokenConfig } from '../../server/src/features/auth/tokens';
import { fixedClock } from '../../server/src/lib/clock';

const start = new Date('2026-12-06T08:00:00Z');

function config(): TokenConfig & { clock: ReturnType<typeof fixedClock> } {
  return {
    keys: [{ kid: 'k1', secret: randomBytes(32) }],
    issuer: 'zhulian',
    audience: 'zhulian-mp',
    ttlSeconds: 600,
    clock: fixedClock(start),
  };
}

const claims = { userId: '11111111-1111-4111-8111-111111111111', sessionId: '22222222-2222-4222-8222-222222222222' };

describe('verified access tokens are remembered', () => {
  afterEach(() => jest.restoreAllMocks());

  it('verifies a token once, then answers from memory with the same claims', () => {
    const c = config();
    const { token } = signAccessToken(c, claims);
    const verify = jest.spyOn(jwt, 'verify');
    expect(verifyAccessToken(c, token)).toEqual(claims);
    expect(verifyAccessToken(c, token)).toEqual(claims);
    expect(verifyAccessToken(c, token)).toEqual(claims);
    expect(verify).toHaveBeenCalledTimes(1);
  });

  it('still refuses a remembered token once it expires (30 s tolerance), and does not remember refusals', () => {
    const c = config();
    const { token } = signAccessToken(c, claims);
    expect(verifyAccessToken(c, token)).toEqual(claims);
    c.clock.set(new Date(start.getTime() + 629_000));
    expect(verifyAccessToken(c, token)).toEqual(claims);
    c.clock.set(new Date(start.getTime() + 631_000));
    expect(() => verifyAccessToken(c, token)).toThrow(expect.objectContaining({ code: 'UNAUTHENTICATED' }));
    expect(() => verifyAccessToken(c, token)).toThrow(expect.objectContaining({ code: 'UNAUTHENTICATED' }));
  });

  it('refuses a remembered token as soon as its key leaves the keyring', () => {
    const c = config();
    const { token } = signAccessToken(c, claims);
    expect(verifyAccessToken(c, token)).toEqual(claims);
    c.keys.splice(0, 1, { kid: 'k2', secret: randomBytes(32) });
    expect(() => verifyAccessToken(c, token)).toThrow(expect.objectContaining({ code: 'UNAUTHENTICATED' }));
  });

  it('never lets a tampered copy ride on a remembered token', () => {
    const c = config();
    const { token } = signAccessToken(c, claims);
    expect(verifyAccessToken(c, token)).toEqual(claims);
    const [h, p] = token.split('.');
    for (const bad of [`${h}.${p}.`, `${h}.${p}.${'A'.repeat(43)}`, `${token}A`, token.slice(0, -2)])
      expect(() => verifyAccessToken(c, bad)).toThrow(expect.objectContaining({ code: 'UNAUTHENTICATED' }));
  });

  it('keeps keyrings apart: a token of one keyring is refused by another', () => {
    const a = config();
    const b = config();
    const { token } = signAccessToken(a, claims);
    expect(verifyAccessToken(a, token)).toEqual(claims);
    expect(() => verifyAccessToken(b, token)).toThrow(expect.objectContaining({ code: 'UNAUTHENTICATED' }));
  });
});
