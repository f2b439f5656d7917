/**
 * Access tokens: short-lived HS256 JWTs. The algorithm is pinned, issuer/audience/expiry and the
 * `typ` header are checked, and the key is chosen by `kid` from a local keyring (first key signs;
 * the others still verify during a rotation). jku/x5u/jwk headers are refused, never fetched.
 * Each secret is wrapped once in a secret KeyObject: given a Buffer, jsonwebtoken first tries
 * `createPublicKey` on it (parsing it as PEM/DER and throwing) on every sign and verify.
 */
import jwt from 'jsonwebtoken';
import { createSecretKey, randomUUID, type KeyObject } from 'node:crypto';
import { AppError } from '../../errors';
import type { Clock } from '../../lib/clock';
import type { JwtKey } from '../../lib/secrets';

const ALGORITHM = 'HS256' as const;
const TYP = 'at+jwt';
/** Hard-coded, never from input (auth0/node-jsonwebtoken#1021). */
const CLOCK_TOLERANCE_SECONDS = 30;

export type AccessClaims = { userId: string; sessionId: string };
export type TokenConfig = { keys: JwtKey[]; issuer: string; audience: string; ttlSeconds: number; clock: Clock };

/** Keyed by the secret's Buffer, so keyrings built anywhere (env, tests, rotation) share one KeyObject per secret. */
const keyObjects = new WeakMap<Buffer, KeyObject>();

function keyObjectOf(key: JwtKey): KeyObject {
  let keyObject = keyObjects.get(key.secret);
  if (!keyObject) keyObjects.set(key.secret, (keyObject = createSecretKey(key.secret)));
  return keyObject;
}

export function signAccessToken(config: TokenConfig, claims: AccessClaims): { token: string; expiresAt: Date } {
  const [current] = config.keys;
  if (!current) throw new Error('no signing key');
  const iat = Math.floor(config.clock.now().getTime() / 1000);
  const token = jwt.sign({ sid: claims.sessionId, iat, exp: iat + config.ttlSeconds }, keyObjectOf(current), {
    algorithm: ALGORITHM,
    keyid: current.kid,
    header: { alg: ALGORITHM, typ: TYP, kid: current.kid },
    issuer: config.issuer,
    audience: config.audience,
    subject: claims.userId,
    jwtid: randomUUID(),
  });
  return { token, expiresAt: new Date((iat + config.ttlSeconds) * 1000) };
}

/** A verified token's claims, the key it verified with and the second from which the checks below would refuse it. */
type Verified = { claims: AccessClaims; key: JwtKey; refusedFromSec: number };
/** Per keyring: tokens already verified (decision 46). Bounded; the oldest entry goes first. */
const verifiedTokens = new WeakMap<TokenConfig, Map<string, Verified>>();
const VERIFIED_MAX = 10_000;

/**
 * @throws AppError UNAUTHENTICATED for anything but a valid, current access token of ours.
 * A token that verified once is remembered (by its exact text, per keyring) until it expires, so a client's next
 * requests skip the decode and the HMAC; expiry and the maximum age are still checked against the clock, and the
 * key against the keyring (a retired key's tokens are refused at once), on every request.
 */
export function verifyAccessToken(config: TokenConfig, token: string): AccessClaims {
  const nowSec = Math.floor(config.clock.now().getTime() / 1000);
  let cache = verifiedTokens.get(config);
  if (!cache) verifiedTokens.set(config, (cache = new Map()));
  const hit = cache.get(token);
  if (hit) {
    if (nowSec < hit.refusedFromSec && config.keys.includes(hit.key)) return hit.claims;
    cache.delete(token);
  }
  const { claims, payload, key } = verifyFully(config, token, nowSec);
  // jsonwebtoken refuses from exp + tolerance, and (maxAge) from iat + maxAge + tolerance
  const refusedFromSec = Math.min(
    (payload.exp ?? 0) + CLOCK_TOLERANCE_SECONDS,
    (payload.iat ?? 0) + config.ttlSeconds + 2 * CLOCK_TOLERANCE_SECONDS,
  );
  if (cache.size >= VERIFIED_MAX) cache.delete(cache.keys().next().value as string);
  cache.set(token, { claims, key, refusedFromSec });
  return claims;
}

function verifyFully(config: TokenConfig, token: string, nowSec: number) {
  const decoded = jwt.decode(token, { complete: true });
  const header = decoded?.header as (jwt.JwtHeader & { jwk?: unknown }) | undefined;
  const key = header?.kid ? config.keys.find((k) => k.kid === header.kid) : undefined;
  if (!header || !key || header.typ !== TYP || header.jku || header.x5u || header.jwk || header.alg !== ALGORITHM)
    throw unauthenticated();
  try {
    const payload = jwt.verify(token, keyObjectOf(key), {
      algorithms: [ALGORITHM],
      issuer: config.issuer,
      audience: config.audience,
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
      clockTimestamp: nowSec,
      maxAge: config.ttlSeconds + CLOCK_TOLERANCE_SECONDS,
    }) as jwt.JwtPayload;
    if (typeof payload.sub !== 'string' || typeof payload.sid !== 'string' || typeof payload.jti !== 'string')
      throw unauthenticated();
    return { claims: { userId: payload.sub, sessionId: payload.sid }, payload, key };
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw unauthenticated(err);
  }
}

const unauthenticated = (cause?: unknown) => new AppError('UNAUTHENTICATED', { cause });
