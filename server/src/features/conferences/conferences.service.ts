/**
 * Case conferences (小型议事会商, issue 13.1): staff convene one for cases in their scope with departments, points,
 * providers and the resident (or whoever speaks for them) of a case; every participant is notified with generic
 * text. Who sees a conference: its convener, staff of a participating unit, and staff whose scope holds one of its
 * cases; residents never (they read the plain summary of a decision on their own timeline).
 */
import { APPLICATION_STATUS_LABELS } from '../../../../shared/domain/application-status';
import type { TConference, TConferenceCreateRequest, TConferenceList } from '../../../../shared/schemas/conferences';
import type { Db } from '../../db/client';
import { inTransaction } from '../../db/transaction';
import type { Deps } from '../../deps';
import { AppError, validationError } from '../../errors';
import type { Principal } from '../auth/principal';
import { appendAudit } from '../audit/audit.repo';
import { consentWithdrawn, isStopped } from '../applications/stop-processing';
import * as cases from '../cases/cases.repo';
import { inStaffScope, scopeOf } from '../cases/scope';
import { receivingOf } from '../orders/orders.access';
import { applicantOf, receiverUserIds } from '../orders/orders.repo';
import { notifyUsers } from './conference-notices';
import * as repo from './conferences.repo';
import { presentTask } from './tasks.service';
import { listTaskViews, ofConference } from './tasks.repo';

export const conferenceNotFound = () => new AppError('NOT_FOUND', { message: '没有找到这次会商' });
export const caseNotFound = () => new AppError('NOT_FOUND', { message: '没有找到这个案件' });

const visibleTo = (principal: Principal) =>
  repo.visibleSql(principal.userId, receivingOf(principal), cases.staffScopeSql(scopeOf(principal)));

/** The conference as the caller may see it; null when missing or not theirs. */
export async function loadConference(db: Db, principal: Principal, id: string) {
  const found = await repo.findConference(db, id, visibleTo(principal));
  if (!found) return null;
  const scope = scopeOf(principal);
  const caseRows = await repo.listCases(db, id);
  const convener = found.conference.convenedBy === principal.userId;
  return { ...found, caseRows, mayRecord: (c: (typeof caseRows)[number]) => convener || inStaffScope(scope, c) };
}

export async function getConference(deps: Deps, principal: Principal, id: string, db: Db = deps.db) {
  const loaded = await loadConference(db, principal, id);
  if (!loaded) throw conferenceNotFound();
  const { conference: c, convenerName, caseRows } = loaded;
  const now = deps.clock.now();
  const [participants, decisions, tasks] = await Promise.all([
    repo.listParticipants(db, id),
    repo.listDecisions(db, id),
    listTaskViews(db, ofConference(id)),
  ]);
  return {
    id: c.id,
    title: c.title,
    startsAt: c.startsAt.toISOString(),
    place: c.place,
    onlineUrl: c.onlineUrl,
    agenda: c.agenda,
    convener: { id: c.convenedBy, displayName: convenerName },
    cases: caseRows.map((r) => ({
      applicationId: r.applicationId,
      refNo: r.refNo,
      statusText: APPLICATION_STATUS_LABELS[r.status],
    })),
    participants: participants.map(({ p, name }) => ({
      kind: p.kind,
      id: (p.departmentId ?? p.pointId ?? p.providerId ?? p.applicationId)!,
      name: p.kind === 'resident' ? `居民本人或代表（${name}）` : name,
    })),
    decisions: decisions.map(({ d, refNo, decidedBy }) => ({
      id: d.id,
      applicationId: d.applicationId,
      refNo,
      detail: d.detail,
      plainText: d.plainText,
      decidedBy,
      createdAt: d.createdAt.toISOString(),
    })),
    tasks: tasks.map((v) => presentTask(v, principal, now)),
    canRecord: caseRows.some(loaded.mayRecord),
  } satisfies TConference;
}

export async function listConferences(deps: Deps, principal: Principal): Promise<TConferenceList> {
  const rows = await repo.listConferences(deps.db, visibleTo(principal));
  return { items: rows.map((r) => ({ ...r, startsAt: r.startsAt.toISOString() })) };
}

type Participant = TConferenceCreateRequest['participants'][number];

async function checkParticipants(db: Db, input: TConferenceCreateRequest) {
  const issues: { field: string; message: string }[] = [];
  const ids = (kind: string) => input.participants.flatMap((p) => (p.kind === kind && 'id' in p ? [p.id] : []));
  const known = {
    department: await repo.existingIds(db, 'department', ids('department')),
    point: await repo.existingIds(db, 'point', ids('point')),
    provider: await repo.existingIds(db, 'provider', ids('provider')),
  };
  input.participants.forEach((p, i) => {
    if (p.kind === 'resident') {
      if (!input.applicationIds.includes(p.applicationId))
        issues.push({ field: `participants.${i}.applicationId`, message: '只能邀请本次会商案件的居民' });
    } else if (!known[p.kind].has(p.id)) issues.push({ field: `participants.${i}.id`, message: '没有这个参会方' });
  });
  if (issues.length) throw validationError(issues);
  const seen = new Set<string>();
  return input.participants.filter((p) => {
    const key = p.kind === 'resident' ? `r:${p.applicationId}` : `${p.kind}:${p.id}`;
    return !seen.has(key) && seen.add(key);
  });
}

const columnsOf = (p: Participant) =>
  p.kind === 'resident'
    ? { kind: p.kind, applicationId: p.applicationId }
    : {
        kind: p.kind,
        departmentId: p.kind === 'department' ? p.id : null,
        pointId: p.kind === 'point' ? p.id : null,
        providerId: p.kind === 'provider' ? p.id : null,
      };

async function participantUsers(db: Db, p: Participant): Promise<string[]> {
  if (p.kind === 'resident') return [];
  return receiverUserIds(db, {
    receiverDepartmentId: p.kind === 'department' ? p.id : null,
    receiverPointId: p.kind === 'point' ? p.id : null,
    receiverProviderId: p.kind === 'provider' ? p.id : null,
  });
}

/**
 * Convenes a conference on cases in the caller's staff scope.
 * @throws AppError NOT_FOUND (a case out of scope) | VALIDATION_FAILED (participants) | CONSENT_WITHDRAWN.
 */
export async function createConference(deps: Deps, principal: Principal, input: TConferenceCreateRequest) {
  const now = deps.clock.now();
  const scopeSql = cases.staffScopeSql(scopeOf(principal));
  return inTransaction(deps.db, async (tx) => {
    for (const id of [...input.applicationIds].sort()) {
      const app = await cases.lockCaseInScope(tx, id, scopeSql);
      if (!app) throw caseNotFound();
      if (isStopped(app.status)) throw consentWithdrawn();
    }
    const participants = await checkParticipants(tx, input);
    const conference = await repo.insertConference(
      tx,
      {
        title: input.title,
        startsAt: new Date(input.startsAt),
        place: input.place || null,
        onlineUrl: input.onlineUrl ?? null,
        agenda: input.agenda,
        convenedBy: principal.userId,
        createdAt: now,
      },
      input.applicationIds,
      participants.map(columnsOf),
    );
    await appendAudit(tx, deps.clock, {
      actorUserId: principal.userId,
      action: 'conference.create',
      entity: 'case_conference',
      entityId: conference.id,
      data: { applicationIds: input.applicationIds, participants: participants.length },
    });
    for (const p of participants) {
      const key = conference.id;
      if (p.kind !== 'resident')
        await notifyUsers(tx, await participantUsers(tx, p), 'invited', key, now, principal.userId);
      else {
        const resident = await applicantOf(tx, p.applicationId);
        if (resident) await notifyUsers(tx, [resident], 'residentInvited', key, now);
      }
    }
    return getConference(deps, principal, conference.id, tx);
  });
}
