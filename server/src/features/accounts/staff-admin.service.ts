/**
 * Staff administration: the list of staff accounts, revoking one membership, disabling and enabling a user.
 * Everything takes effect on the target's next request (authentication re-reads memberships and `disabled_at`
 * every time); disabling also ends all of the user's sessions so no refresh can bring them back.
 */
import type { TStaffList, TStaffListQuery, TUserState } from '../../../../shared/schemas/accounts';
import { AppError } from '../../errors';
import type { Deps } from '../../deps';
import { inTransaction } from '../../db/transaction';
import { appendAudit } from '../audit/audit.repo';
import * as repo from './staff-admin.repo';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export async function listStaff(deps: Deps, input: TStaffListQuery): Promise<TStaffList> {
  const { page, pageSize } = input;
  const { total, rows } = await repo.listStaffUsers(
    deps.db,
    { role: input.role, unitId: input.unitId },
    { offset: (page - 1) * pageSize, limit: pageSize },
  );
  const memberships = await repo.listMembershipsOf(
    deps.db,
    rows.map((r) => r.userId),
  );
  const items = rows.map((r) => ({
    userId: r.userId,
    displayName: r.displayName,
    memberships: memberships
      .filter((m) => m.userId === r.userId)
      .map((m) => ({
        id: m.id,
        role: m.role,
        unitId: m.unitId,
        unitName: m.unitName,
        createdAt: m.createdAt.toISOString(),
        revokedAt: iso(m.revokedAt),
      })),
    lastLoginAt: iso(r.lastLoginAt),
    lastSeenAt: iso(r.lastSeenAt),
    disabledAt: iso(r.disabledAt),
  }));
  return { items, total, page, pageSize };
}

/** @throws AppError NOT_FOUND (unknown membership) | CONFLICT (already revoked; an admin's own last admin membership) */
export async function revokeMembership(deps: Deps, adminUserId: string, membershipId: string) {
  const now = deps.clock.now();
  return inTransaction(deps.db, async (tx) => {
    const membership = await repo.findMembershipForUpdate(tx, membershipId);
    if (!membership) throw new AppError('NOT_FOUND', { message: '没有找到这项工作人员身份' });
    if (membership.revokedAt) throw new AppError('CONFLICT', { message: '这项身份已经撤销过了，请刷新列表' });
    if (membership.userId === adminUserId && membership.role === 'admin') {
      const admins = await repo.lockActiveAdminMemberships(tx, adminUserId);
      if (admins.length <= 1)
        throw new AppError('CONFLICT', { message: '不能撤销您自己唯一的管理员身份，请让另一位管理员操作' });
    }
    await repo.revokeMembership(tx, membershipId, now);
    await appendAudit(tx, deps.clock, {
      actorUserId: adminUserId,
      action: 'admin.membership.revoked',
      entity: 'membership',
      entityId: membershipId,
      data: { userId: membership.userId, role: membership.role },
    });
    return { membershipId, revokedAt: now.toISOString() };
  });
}

/** @throws AppError NOT_FOUND (not a staff account) | CONFLICT (disabling oneself) */
export async function setDisabled(
  deps: Deps,
  adminUserId: string,
  userId: string,
  disabled: boolean,
): Promise<TUserState> {
  if (disabled && userId === adminUserId) throw new AppError('CONFLICT', { message: '不能停用您自己的账号' });
  const now = deps.clock.now();
  return inTransaction(deps.db, async (tx) => {
    const user = await repo.findStaffUserForUpdate(tx, userId);
    if (!user) throw new AppError('NOT_FOUND', { message: '没有找到这个工作人员账号' });
    if (!disabled) {
      if (user.disabledAt) {
        await repo.setUserDisabled(tx, userId, null);
        await appendAudit(tx, deps.clock, {
          actorUserId: adminUserId,
          action: 'admin.user.enabled',
          entity: 'user',
          entityId: userId,
        });
      }
      return { userId, disabledAt: null };
    }
    const disabledAt = user.disabledAt ?? now;
    if (!user.disabledAt) await repo.setUserDisabled(tx, userId, disabledAt);
    // Even when already disabled: a session must not outlive the decision.
    const sessionsEnded = await repo.revokeUserSessions(tx, userId, 'user_disabled', now);
    if (!user.disabledAt || sessionsEnded > 0) {
      await appendAudit(tx, deps.clock, {
        actorUserId: adminUserId,
        action: 'admin.user.disabled',
        entity: 'user',
        entityId: userId,
        data: { sessionsEnded },
      });
    }
    return { userId, disabledAt: disabledAt.toISOString() };
  });
}
