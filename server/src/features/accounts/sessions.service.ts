/** A user's own logins: list them (登录设备) and end one, e.g. on a shared or lost phone. */
import type { TAuthSessionList } from '../../../../shared/schemas/accounts';
import { AppError } from '../../errors';
import type { Deps } from '../../deps';
import { inTransaction } from '../../db/transaction';
import { appendAudit } from '../audit/audit.repo';
import * as repo from './sessions.repo';

const DAY_MS = 24 * 3600 * 1000;

export async function listOwnSessions(
  deps: Deps,
  principal: { userId: string; sessionId: string },
): Promise<TAuthSessionList> {
  const now = deps.clock.now();
  const idleSince = new Date(now.getTime() - deps.env.SESSION_IDLE_DAYS * DAY_MS);
  const rows = await repo.listLiveSessions(deps.db, principal.userId, now, idleSince);
  return {
    items: rows.map((r) => ({
      id: r.id,
      deviceLabel: r.deviceLabel,
      createdAt: r.createdAt.toISOString(),
      lastUsedAt: r.lastUsedAt.toISOString(),
      expiresAt: r.expiresAt.toISOString(),
      current: r.id === principal.sessionId,
    })),
  };
}

/** @throws AppError NOT_FOUND when the session is not the caller's or has already ended. */
export async function endOwnSession(deps: Deps, principal: { userId: string }, sessionId: string): Promise<void> {
  await inTransaction(deps.db, async (tx) => {
    const ended = await repo.endOwnSession(tx, principal.userId, sessionId, deps.clock.now());
    if (!ended) throw new AppError('NOT_FOUND', { message: '没有找到这个登录，可能已经退出了' });
    await appendAudit(tx, deps.clock, {
      actorUserId: principal.userId,
      action: 'auth.session.ended',
      entity: 'auth_session',
      entityId: sessionId,
    });
  });
}
