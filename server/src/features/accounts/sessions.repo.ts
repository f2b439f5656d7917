/** SQL for a user's own login sessions (登录设备). */
import { and, desc, eq, gt, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { authSessions } from '../../db/schema';

/** Sessions of `userId` that are neither revoked, past their absolute end, nor idle since `idleSince`; most recent use first. */
export function listLiveSessions(db: Db, userId: string, now: Date, idleSince: Date) {
  return db
    .select({
      id: authSessions.id,
      deviceLabel: authSessions.deviceLabel,
      createdAt: authSessions.createdAt,
      lastUsedAt: authSessions.lastUsedAt,
      expiresAt: authSessions.expiresAt,
    })
    .from(authSessions)
    .where(
      and(
        eq(authSessions.userId, userId),
        isNull(authSessions.revokedAt),
        gt(authSessions.expiresAt, now),
        gt(authSessions.lastUsedAt, idleSince),
      ),
    )
    .orderBy(desc(authSessions.lastUsedAt), desc(authSessions.id));
}

/** Revokes one live session of `userId`; false when it is not theirs or already ended. */
export async function endOwnSession(db: Db, userId: string, sessionId: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(authSessions)
    .set({ revokedAt: now, revokedReason: 'ended_by_user' })
    .where(
      and(
        eq(authSessions.id, sessionId),
        eq(authSessions.userId, userId),
        isNull(authSessions.revokedAt),
        gt(authSessions.expiresAt, now),
      ),
    )
    .returning({ id: authSessions.id });
  return rows.length > 0;
}
