import type { Context } from 'koa';
import type { Deps } from '../deps';
import { AppError } from '../errors';
import { toPrincipal, type Principal } from '../features/auth/principal';
import { principalFor } from '../features/auth/principal-cache';
import { verifyAccessToken } from '../features/auth/tokens';

/**
 * Resolves the caller from `Authorization: Bearer <jwt>`: the token must verify AND its session must
 * still be live in the database. Session and roles come from a per-process cache checked against the user's
 * authentication version on every request (features/auth/principal-cache), so logout and role changes apply at once.
 * Tokens in query strings are never read.
 * @throws AppError UNAUTHENTICATED
 */
export async function authenticate(deps: Deps, ctx: Context): Promise<Principal> {
  const header = ctx.get('authorization');
  const match = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*)$/.exec(header);
  if (!match) throw new AppError('UNAUTHENTICATED', { message: '请先登录' });
  const claims = verifyAccessToken(deps.tokens, match[1]!);
  if (!isUuid(claims.userId) || !isUuid(claims.sessionId)) throw new AppError('UNAUTHENTICATED');
  const row = await principalFor(deps.db, claims.userId, claims.sessionId, deps.clock.now());
  if (!row) throw new AppError('UNAUTHENTICATED');
  return toPrincipal(row, claims.sessionId);
}

const isUuid = (v: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v);
