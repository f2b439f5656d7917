/**
 * Household merge (issue 12.3). Staff see proposals of cases that may be about the same person or household and link
 * them into one household. A link is staff-side only: every application keeps its own timeline, applicant, subject
 * and referrer, and the resident endpoints never read households, so no applicant sees another's data. Every merge
 * and undo is audited per case (`household.merged`, `household.unmerged`; ids only).
 */
import { APPLICATION_STATUS_LABELS } from '../../../../shared/domain/application-status';
import { LEAD_WITHHELD_TEXT } from '../../../../shared/schemas/cases';
import type { THousehold, THouseholdCase, THouseholdProposals } from '../../../../shared/schemas/district';
import type { Db } from '../../db/client';
import { inTransaction } from '../../db/transaction';
import type { Deps } from '../../deps';
import { AppError } from '../../errors';
import { appendAudit } from '../audit/audit.repo';
import type { Principal } from '../auth/principal';
import { staffScopeSql } from '../cases/cases.repo';
import { detailsWithheld } from '../cases/lead-privacy';
import { scopeOf } from '../cases/scope';
import * as repo from './households.repo';
import { findPairs } from './proposals';

/** Cases compared: the open ones and those of the last year, at most this many (newest first). */
export const CANDIDATE_LIMIT = 2000;
export const PROPOSAL_LIMIT = 100;
const YEAR_MS = 365 * 24 * 3600_000;

const notFound = () => new AppError('NOT_FOUND', { message: '没有找到这份申请，或不在您的辖区内' });

function present(principal: Principal, r: repo.HouseholdCaseRow): THouseholdCase {
  const withheld = detailsWithheld(principal, { leadPending: r.leadPending, app: r });
  return {
    id: r.id,
    refNo: r.refNo,
    channel: r.channel,
    statusLabel: APPLICATION_STATUS_LABELS[r.status],
    subjectName: withheld ? LEAD_WITHHELD_TEXT : r.subjectName,
    createdAt: r.createdAt.toISOString(),
    householdId: r.householdId,
  };
}

export async function listProposals(deps: Deps, principal: Principal): Promise<THouseholdProposals> {
  const since = new Date(deps.clock.now().getTime() - YEAR_MS);
  const rows = await repo.listCandidates(
    deps.db,
    deps.cipher,
    staffScopeSql(scopeOf(principal)),
    since,
    CANDIDATE_LIMIT,
  );
  // a lead whose details the caller may not see is never compared: a proposal would tell who it is about
  const visible = rows.filter((r) => !detailsWithheld(principal, { leadPending: r.leadPending, app: r }));
  const pairs = findPairs(visible);
  return {
    items: pairs.slice(0, PROPOSAL_LIMIT).map((p) => ({
      a: present(principal, visible[p.a]!),
      b: present(principal, visible[p.b]!),
      reasons: p.reasons,
    })),
    truncated: pairs.length > PROPOSAL_LIMIT || rows.length >= CANDIDATE_LIMIT,
  };
}

async function householdView(deps: Deps, db: Db, principal: Principal, householdId: string | null, id: string) {
  const scopeWhere = staffScopeSql(scopeOf(principal));
  if (!householdId) {
    const alone = await repo.findCaseInScope(db, deps.cipher, id, scopeWhere);
    return { id: null, members: alone ? [present(principal, alone)] : [], hiddenMembers: 0 };
  }
  const members = await repo.listMembers(db, deps.cipher, householdId, scopeWhere);
  const seen = members.filter((m) => m.inScope);
  return {
    id: householdId,
    members: seen.map((m) => present(principal, m)),
    hiddenMembers: members.length - seen.length,
  };
}

/** @throws AppError NOT_FOUND when a case is missing or outside the caller's scope (nothing changes). */
export async function mergeHousehold(deps: Deps, principal: Principal, input: { applicationIds: string[] }) {
  const ids = input.applicationIds.map((i) => i.toLowerCase());
  const scopeWhere = staffScopeSql(scopeOf(principal));
  const now = deps.clock.now();
  return inTransaction(deps.db, async (tx): Promise<THousehold> => {
    const locked = await repo.lockCasesInScope(tx, ids, scopeWhere);
    if (locked.length !== ids.length) throw notFound();
    const current = await repo.householdsOf(tx, ids);
    const existing = [...new Set(current.map((c) => c.householdId))];
    const target = existing[0] ?? (await repo.createHousehold(tx, principal.userId, now));
    const already = new Set(current.filter((c) => c.householdId === target).map((c) => c.applicationId));
    const joining = ids.filter((i) => !already.has(i));
    if (!joining.length && existing.length <= 1)
      throw new AppError('CONFLICT', { message: '这几份申请已经在同一户中' });
    await repo.joinHousehold(tx, target, joining, existing.slice(1), principal.userId, now);
    for (const id of ids)
      await appendAudit(tx, deps.clock, {
        actorUserId: principal.userId,
        action: 'household.merged',
        entity: 'application',
        entityId: id,
        data: { householdId: target, with: ids.filter((o) => o !== id) },
      });
    return householdView(deps, tx, principal, target, ids[0]!);
  });
}

/** Takes one case out of its household (the undo of a merge); a household left with one case dissolves. */
export async function unmergeHousehold(deps: Deps, principal: Principal, input: { applicationId: string }) {
  const id = input.applicationId.toLowerCase();
  const scopeWhere = staffScopeSql(scopeOf(principal));
  return inTransaction(deps.db, async (tx): Promise<THousehold> => {
    if (!(await repo.lockCasesInScope(tx, [id], scopeWhere)).length) throw notFound();
    const [membership] = await repo.householdsOf(tx, [id]);
    if (!membership) throw new AppError('CONFLICT', { message: '这份申请没有和其他申请合并' });
    await repo.removeMember(tx, id);
    const removed = [id];
    const rest = await repo.memberIds(tx, membership.householdId);
    if (rest.length === 1) {
      await repo.removeMember(tx, rest[0]!);
      removed.push(rest[0]!);
    }
    for (const r of removed)
      await appendAudit(tx, deps.clock, {
        actorUserId: principal.userId,
        action: 'household.unmerged',
        entity: 'application',
        entityId: r,
        data: { householdId: membership.householdId },
      });
    // the case as it now stands: alone
    return householdView(deps, tx, principal, null, id);
  });
}

export async function householdOfCase(deps: Deps, principal: Principal, input: { applicationId: string }) {
  const id = input.applicationId.toLowerCase();
  const row = await repo.findCaseInScope(deps.db, deps.cipher, id, staffScopeSql(scopeOf(principal)));
  if (!row) throw notFound();
  return householdView(deps, deps.db, principal, row.householdId, id);
}
