/** 政策找人: the finds of the caller's communities, and marking one as reached (联系过了). */
import type { Deps } from '../../deps';
import { AppError } from '../../errors';
import { inTransaction } from '../../db/transaction';
import { appendAudit } from '../audit/audit.repo';
import type { Principal } from '../auth/principal';
import { communityScopeOf } from './discovery.service';
import * as repo from './finds.repo';

export async function listFinds(deps: Deps, principal: Principal) {
  const rows = await repo.listOpenFinds(deps.db, communityScopeOf(principal));
  return {
    items: rows.map((r) => ({
      id: r.id,
      policy: { slug: r.policySlug, title: r.policyTitle },
      reason: deps.cipher.decrypt(r.reasonEnc),
      household: { name: deps.cipher.decrypt(r.nameEnc), address: deps.cipher.decrypt(r.addressEnc) },
      community: { code: r.communityCode, name: r.communityName },
      consentMethod: r.consentMethod!,
      createdAt: r.createdAt.toISOString(),
    })),
  };
}

export async function markFindDone(deps: Deps, principal: Principal, id: string) {
  const find = await repo.findFind(deps.db, id);
  const scope = communityScopeOf(principal);
  const visible =
    find &&
    (scope.all || scope.streetCodes.includes(find.streetCode) || scope.communityCodes.includes(find.communityCode));
  if (!visible) throw new AppError('NOT_FOUND', { message: '没有找到这条记录' });
  const now = deps.clock.now();
  await inTransaction(deps.db, async (tx) => {
    if (!(await repo.markDone(tx, id, principal.userId, now)))
      throw new AppError('CONFLICT', { message: '这条已经标记联系过了' });
    await appendAudit(tx, deps.clock, {
      actorUserId: principal.userId,
      action: 'discovery.find_reached',
      entity: 'policy_find',
      entityId: id,
      data: { policy: find.policySlug },
    });
  });
  return { done: true as const };
}
