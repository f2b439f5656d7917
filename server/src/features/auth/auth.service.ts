/**
 * Login, session issue, refresh-token rotation with reuse detection, logout and phone binding.
 * Refresh tokens are opaque 256-bit random strings stored only as SHA-256 hashes; each use
 * issues a child in the same family, and presenting a used token revokes the whole family.
 */
import { maskMobile } from '../../../../shared/domain/identity';
import type { Role } from '../../../../shared/domain/roles';
import type { TSession } from '../../../../shared/schemas/auth';
import { isDevLoginEnabled } from '../../env';
import { AppError } from '../../errors';
import type { Deps } from '../../deps';
import type { Db } from '../../db/client';
import { inTransaction } from '../../db/transaction';
import { randomToken, sha256 } from '../../lib/crypto';
import { appendAudit } from '../audit/audit.repo';
import { redeemInvite } from '../invites/invites.service';
import { consumeLoginAccount } from '../ratelimit/rate-limit';
import * as repo from './auth.repo';
import { presentMe, toPrincipal } from './principal';
import { signAccessToken } from './tokens';

const DAY_MS = 24 * 3600 * 1000;

/** @throws AppError WECHAT_CODE_INVALID | RATE_LIMITED | ACCOUNT_BLOCKED | SERVICE_UNAVAILABLE | UPSTREAM_FAILED (mapped WeChat errors) */
export async function loginWithWechat(
  deps: Deps,
  input: { code: string; inviteCode?: string },
  deviceLabel: string | null = null,
): Promise<TSession> {
  // not a transient outage: this deployment has no WeChat login (dev), so the endpoint does not exist here
  if (!deps.wechat) throw new AppError('NOT_FOUND', { message: '微信登录尚未开通，请使用演示账号登录' });
  const identity = await deps.wechat.code2Session(input.code);
  await consumeLoginAccount(deps, 'wechat', identity.openid);
  return inTransaction(deps.db, async (tx) => {
    const user = await repo.upsertWechatUser(tx, identity.openid, identity.unionid);
    return startSession(deps, tx, user, { inviteCode: input.inviteCode, deviceLabel, action: 'auth.login.wechat' });
  });
}

/** @throws AppError NOT_FOUND when dev login is disabled or the user is not a demo account. */
export async function loginAsDemoUser(
  deps: Deps,
  input: { userId: string; inviteCode?: string },
  deviceLabel: string | null = null,
): Promise<TSession> {
  if (!isDevLoginEnabled(deps.env)) throw new AppError('NOT_FOUND', { message: '演示登录未开放' });
  return inTransaction(deps.db, async (tx) => {
    const user = await repo.findDemoUser(tx, input.userId);
    if (!user)
      throw new AppError('NOT_FOUND', {
        message: '没有这个演示账号',
        details: [{ field: 'userId', message: '没有这个演示账号' }],
      });
    return startSession(deps, tx, user, { inviteCode: input.inviteCode, deviceLabel, action: 'auth.login.dev' });
  });
}

/** Opens a session for an existing user (tests and tools; no invite, no WeChat). */
export function openSessionFor(deps: Deps, userId: string): Promise<TSession> {
  return inTransaction(deps.db, (tx) =>
    startSession(deps, tx, { id: userId, disabledAt: null }, { deviceLabel: null, action: 'auth.login.internal' }),
  );
}

type SessionStart = { inviteCode?: string; deviceLabel: string | null; action: string };

async function startSession(deps: Deps, db: Db, user: { id: string; disabledAt: Date | null }, start: SessionStart) {
  if (user.disabledAt) throw new AppError('FORBIDDEN', { message: '该账号已停用，请联系管理员' });
  if (start.inviteCode) await redeemInvite(deps, db, { userId: user.id, code: start.inviteCode });
  const now = deps.clock.now();
  // Absolute: REFRESH_TOKEN_TTL_DAYS from this login, whatever refreshes follow.
  const expiresAt = new Date(now.getTime() + deps.env.REFRESH_TOKEN_TTL_DAYS * DAY_MS);
  const session = await repo.createSession(db, { userId: user.id, now, expiresAt, deviceLabel: start.deviceLabel });
  await appendAudit(db, deps.clock, {
    actorUserId: user.id,
    action: start.action,
    entity: 'auth_session',
    entityId: session.id,
  });
  return issueTokens(deps, db, {
    userId: user.id,
    sessionId: session.id,
    parentId: null,
    sessionExpiresAt: session.expiresAt,
  });
}

type TokenIssue = { userId: string; sessionId: string; parentId: string | null; sessionExpiresAt: Date };

async function issueTokens(deps: Deps, db: Db, at: TokenIssue): Promise<TSession> {
  const now = deps.clock.now();
  const refreshToken = randomToken(32);
  // Each refresh token lives until the idle limit, never past the login's absolute end.
  const idleEnd = now.getTime() + deps.env.SESSION_IDLE_DAYS * DAY_MS;
  const refreshExpiresAt = new Date(Math.min(idleEnd, at.sessionExpiresAt.getTime()));
  await repo.insertRefreshToken(db, {
    sessionId: at.sessionId,
    parentId: at.parentId,
    tokenHash: sha256(refreshToken),
    issuedAt: now,
    expiresAt: refreshExpiresAt,
  });
  const access = signAccessToken(deps.tokens, { userId: at.userId, sessionId: at.sessionId });
  const row = await repo.loadPrincipal(db, at.userId, at.sessionId, now);
  if (!row) throw new AppError('UNAUTHENTICATED');
  return {
    accessToken: access.token,
    accessTokenExpiresAt: access.expiresAt.toISOString(),
    refreshToken,
    refreshTokenExpiresAt: refreshExpiresAt.toISOString(),
    user: presentMe(toPrincipal(row, at.sessionId), deps.cipher),
  };
}

/** @throws AppError UNAUTHENTICATED for an unknown, expired, revoked or re-used token (re-use revokes the family). */
export async function refreshSession(deps: Deps, refreshToken: string): Promise<TSession> {
  const hash = sha256(refreshToken);
  const now = deps.clock.now();
  const reused = await inTransaction(deps.db, async (tx) => {
    const claimed = await repo.claimRefreshToken(tx, hash, now);
    if (claimed) {
      const known = await repo.findRefreshToken(tx, hash);
      const live = await repo.touchSession(tx, claimed.sessionId, now);
      if (!live) return { revoked: false };
      const at = {
        userId: known!.userId,
        sessionId: claimed.sessionId,
        parentId: claimed.id,
        sessionExpiresAt: live.expiresAt,
      };
      return { session: await issueTokens(deps, tx, at) };
    }
    const known = await repo.findRefreshToken(tx, hash);
    if (known?.usedAt) {
      // A used token came back: it was stolen or the client is confused. End the whole family.
      await repo.revokeSession(tx, known.sessionId, 'refresh_token_reuse', now);
      await appendAudit(tx, deps.clock, {
        actorUserId: known.userId,
        action: 'auth.refresh.reuse_detected',
        entity: 'auth_session',
        entityId: known.sessionId,
      });
      return { revoked: true };
    }
    return { revoked: false };
  });
  if (reused.session) return reused.session;
  if (reused.revoked) deps.logger.warn({ event: 'refresh_token_reuse' }, 'refresh token re-used; session revoked');
  throw new AppError('UNAUTHENTICATED');
}

export async function logout(deps: Deps, principal: { userId: string; sessionId: string }): Promise<void> {
  await inTransaction(deps.db, async (tx) => {
    await repo.revokeSession(tx, principal.sessionId, 'logout', deps.clock.now());
    await appendAudit(tx, deps.clock, {
      actorUserId: principal.userId,
      action: 'auth.logout',
      entity: 'auth_session',
      entityId: principal.sessionId,
    });
  });
}

/** Binds the phone number from a getPhoneNumber button code; stored encrypted with a blind index. */
export async function bindPhone(deps: Deps, userId: string, code: string): Promise<{ phoneMasked: string }> {
  if (!deps.wechat) throw new AppError('NOT_FOUND', { message: '微信服务尚未开通，暂时无法获取手机号' });
  const phone = await deps.wechat.getPhoneNumber(code);
  await repo.setPhone(
    deps.db,
    userId,
    deps.cipher.encrypt(phone.purePhoneNumber),
    deps.cipher.blindIndex(phone.purePhoneNumber),
  );
  return { phoneMasked: maskMobile(phone.purePhoneNumber) };
}

export async function listDevUsers(deps: Deps) {
  if (!isDevLoginEnabled(deps.env)) return { enabled: false, users: [] };
  const rows = await repo.listDemoUsers(deps.db);
  const users = rows.map((r) => ({
    id: r.id,
    displayName: r.displayName,
    description: r.description ?? '',
    roles: ['resident' as const, ...r.roles.filter((role): role is Exclude<Role, 'resident'> => role !== 'resident')],
  }));
  return { enabled: true, users };
}
