/**
 * One-time staff invites: an admin issues a code for a role at a service point or department;
 * the staff member enters it at their first login and the membership is bound to their account.
 * Only a hash of the code is stored.
 */
import { randomInt } from 'node:crypto';
import { POINT_LEVEL_OF_ROLE, type Role } from '../../../../shared/domain/roles';
import type { TInviteCreateRequest } from '../../../../shared/schemas/org';
import { validationError } from '../../errors';
import type { Deps } from '../../deps';
import type { Db } from '../../db/client';
import { inTransaction } from '../../db/transaction';
import { sha256 } from '../../lib/crypto';
import { appendAudit } from '../audit/audit.repo';
import * as repo from './invites.repo';

const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'; // no 0/O, 1/I/L: read aloud over the phone
const DAY_MS = 24 * 3600 * 1000;

export function normaliseInviteCode(code: string): string {
  return code.replace(/[^A-Za-z0-9]/g, '').toUpperCase();
}

/** @throws AppError VALIDATION_FAILED when the scope does not fit the role. */
export async function createInvite(deps: Deps, adminUserId: string, input: TInviteCreateRequest) {
  const role = input.role as Exclude<Role, 'resident'>;
  await assertScopeFits(deps.db, role, input);
  const raw = Array.from({ length: 12 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  const code = `${raw.slice(0, 4)}-${raw.slice(4, 8)}-${raw.slice(8)}`;
  const expiresAt = new Date(deps.clock.now().getTime() + (input.validDays ?? 7) * DAY_MS);
  await inTransaction(deps.db, async (tx) => {
    await repo.insertInvite(tx, {
      codeHash: sha256(normaliseInviteCode(code)),
      role,
      servicePointId: input.servicePointId ?? null,
      departmentId: input.departmentId ?? null,
      providerId: input.providerId ?? null,
      createdBy: adminUserId,
      expiresAt,
    });
    await appendAudit(tx, deps.clock, {
      actorUserId: adminUserId,
      action: 'invite.created',
      entity: 'invite',
      data: { role },
    });
  });
  return { code, role, expiresAt: expiresAt.toISOString() };
}

async function assertScopeFits(
  db: Db,
  role: Role,
  {
    servicePointId,
    departmentId,
    providerId,
  }: Pick<TInviteCreateRequest, 'servicePointId' | 'departmentId' | 'providerId'>,
) {
  const level = POINT_LEVEL_OF_ROLE[role];
  if (role === 'provider_staff') {
    if (!providerId || servicePointId || departmentId)
      throw validationError([{ field: 'providerId', message: '请选择该工作人员所在的服务机构' }]);
    if (!(await repo.findProvider(db, providerId)))
      throw validationError([{ field: 'providerId', message: '没有这家服务机构' }]);
    return;
  }
  if (providerId) throw validationError([{ field: 'providerId', message: '只有服务机构工作人员绑定服务机构' }]);
  if (level) {
    if (!servicePointId || departmentId)
      throw validationError([{ field: 'servicePointId', message: '请选择该工作人员所在的服务站点' }]);
    const point = await repo.findServicePoint(db, servicePointId);
    if (!point) throw validationError([{ field: 'servicePointId', message: '没有这个服务站点' }]);
    if (point.level !== level) throw validationError([{ field: 'servicePointId', message: '站点级别与角色不符' }]);
  } else if (role === 'dept_officer') {
    if (!departmentId || servicePointId)
      throw validationError([{ field: 'departmentId', message: '请选择该联络员所在的部门' }]);
    if (!(await repo.findDepartment(db, departmentId)))
      throw validationError([{ field: 'departmentId', message: '没有这个部门' }]);
  } else if (servicePointId || departmentId) {
    throw validationError([
      { field: servicePointId ? 'servicePointId' : 'departmentId', message: '管理员不绑定站点或部门' },
    ]);
  }
}

/**
 * Binds an invite to `userId` inside the caller's transaction.
 * @throws AppError VALIDATION_FAILED (field inviteCode) when the code is unknown, used or expired.
 */
export async function redeemInvite(deps: Deps, db: Db, input: { userId: string; code: string }): Promise<void> {
  const invite = await repo.findInviteForUpdate(db, sha256(normaliseInviteCode(input.code)));
  const now = deps.clock.now();
  if (!invite || invite.usedAt || invite.expiresAt <= now) {
    throw validationError([{ field: 'inviteCode', message: '邀请码无效或已被使用，请向管理员重新索取' }]);
  }
  await repo.markInviteUsed(db, invite.id, input.userId, now);
  await repo.addMembership(db, {
    userId: input.userId,
    role: invite.role,
    servicePointId: invite.servicePointId,
    departmentId: invite.departmentId,
    providerId: invite.providerId,
  });
  await appendAudit(db, deps.clock, {
    actorUserId: input.userId,
    action: 'invite.redeemed',
    entity: 'invite',
    entityId: invite.id,
    data: { role: invite.role },
  });
}
