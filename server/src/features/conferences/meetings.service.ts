/**
 * The monthly joint meeting (联席会议, issue 13.2). The hub and admins keep the record: attending departments, an
 * agenda proposed from the month (the last meeting's action items first, then the district's overdue cases and
 * the month's unclassified needs), decisions, and action items given to a department with a due day, tracked to
 * done as follow-up tasks (tasks.service.ts). Department officers read the meetings their department attended.
 */
import { sql } from 'drizzle-orm';
import { monthRange } from '../../../../shared/domain/conferences';
import type {
  TMeeting,
  TMeetingActionRequest,
  TMeetingCreateRequest,
  TMeetingList,
  TMeetingProposal,
} from '../../../../shared/schemas/meetings';
import type { Db } from '../../db/client';
import { inTransaction } from '../../db/transaction';
import type { Deps } from '../../deps';
import { AppError, validationError } from '../../errors';
import type { Principal } from '../auth/principal';
import { appendAudit } from '../audit/audit.repo';
import { receivingOf } from '../orders/orders.access';
import * as repo from './meetings.repo';
import { listTaskViews, ofMeeting } from './tasks.repo';
import { addTask, presentTask } from './tasks.service';

const meetingNotFound = () => new AppError('NOT_FOUND', { message: '没有找到这次联席会议' });
const isKeeper = (p: Principal) => p.roles.includes('hub_staff') || p.roles.includes('admin');
const readable = (p: Principal) => (isKeeper(p) ? sql`true` : repo.attendedBySql(receivingOf(p).deptIds));

async function previousWithActions(deps: Deps, db: Db, principal: Principal, month: string) {
  const prev = await repo.previousMeeting(db, month);
  if (!prev) return null;
  const now = deps.clock.now();
  const actions = await listTaskViews(db, ofMeeting(prev.id));
  return { id: prev.id, month: prev.month, actions: actions.map((v) => presentTask(v, principal, now)) };
}

export async function proposeAgenda(deps: Deps, principal: Principal, month: string): Promise<TMeetingProposal> {
  const now = deps.clock.now();
  const { from, to } = monthRange(month);
  const previous = await previousWithActions(deps, deps.db, principal, month);
  const overdue = await repo.overdueCases(deps.db, now);
  const unclassified = await repo.countUnclassified(deps.db, from, to);
  const agenda: TMeetingProposal['agenda'] = [];
  if (previous) {
    const done = previous.actions.filter((a) => a.status === 'done').length;
    agenda.push({
      kind: 'previous_actions',
      title: `上次会议（${previous.month}）事项：共 ${previous.actions.length} 项，已完成 ${done} 项`,
    });
  }
  agenda.push({ kind: 'overdue_cases', title: `全区超期未办的案件 ${overdue.count} 件` });
  agenda.push({ kind: 'unclassified_needs', title: `本月没有归类的求助 ${unclassified} 件` });
  return {
    month,
    previous,
    overdueCases: {
      count: overdue.count,
      items: overdue.items.map((i) => ({ ...i, dueAt: i.dueAt!.toISOString() })),
    },
    unclassifiedNeeds: { count: unclassified },
    agenda,
  };
}

export async function getMeeting(deps: Deps, principal: Principal, id: string, db: Db = deps.db): Promise<TMeeting> {
  const meeting = await repo.findMeeting(db, sql`${repo.byId(id)} and ${readable(principal)}`);
  if (!meeting) throw meetingNotFound();
  const now = deps.clock.now();
  const [attendees, agenda, decisions, actions] = await Promise.all([
    repo.listAttendees(db, id),
    repo.listAgenda(db, id),
    repo.listMeetingDecisions(db, id),
    listTaskViews(db, ofMeeting(id)),
  ]);
  return {
    id: meeting.id,
    month: meeting.month,
    heldOn: meeting.heldOn,
    place: meeting.place,
    attendees,
    agenda,
    decisions: decisions.map((d) => ({ id: d.id, text: d.text, createdAt: d.createdAt.toISOString() })),
    actions: actions.map((v) => presentTask(v, principal, now)),
    previous: await previousWithActions(deps, db, principal, meeting.month),
    canEdit: isKeeper(principal),
  };
}

export async function listMeetings(deps: Deps, principal: Principal): Promise<TMeetingList> {
  return { items: await repo.listMeetings(deps.db, readable(principal)) };
}

/** @throws AppError VALIDATION_FAILED (attendeeDepartmentIds) | CONFLICT (the month already has a meeting). */
export async function createMeeting(deps: Deps, principal: Principal, input: TMeetingCreateRequest) {
  return inTransaction(deps.db, async (tx) => {
    const known = await repo.departmentIdsIn(tx, input.attendeeDepartmentIds);
    const missing = input.attendeeDepartmentIds.findIndex((d) => !known.has(d));
    if (missing >= 0)
      throw validationError([{ field: `attendeeDepartmentIds.${missing}`, message: '没有这个部门，请重新选择' }]);
    const meeting = await repo.insertMeeting(
      tx,
      {
        month: input.month,
        heldOn: input.heldOn,
        place: input.place ?? null,
        createdBy: principal.userId,
        createdAt: deps.clock.now(),
      },
      input.attendeeDepartmentIds,
      input.agenda,
    );
    if (!meeting) throw new AppError('CONFLICT', { message: '这个月的联席会议已经建过了，请在列表里打开它' });
    await appendAudit(tx, deps.clock, {
      actorUserId: principal.userId,
      action: 'meeting.create',
      entity: 'joint_meeting',
      entityId: meeting.id,
      data: { month: input.month, departments: input.attendeeDepartmentIds.length },
    });
    return getMeeting(deps, principal, meeting.id, tx);
  });
}

async function keepMeeting(db: Db, id: string) {
  const meeting = await repo.findMeeting(db, repo.byId(id));
  if (!meeting) throw meetingNotFound();
  return meeting;
}

export async function addMeetingDecision(deps: Deps, principal: Principal, input: { id: string; text: string }) {
  return inTransaction(deps.db, async (tx) => {
    await keepMeeting(tx, input.id);
    await repo.insertMeetingDecision(tx, {
      meetingId: input.id,
      text: input.text,
      createdBy: principal.userId,
      createdAt: deps.clock.now(),
    });
    await appendAudit(tx, deps.clock, {
      actorUserId: principal.userId,
      action: 'meeting.decide',
      entity: 'joint_meeting',
      entityId: input.id,
      data: {},
    });
    return getMeeting(deps, principal, input.id, tx);
  });
}

/** @throws AppError NOT_FOUND | VALIDATION_FAILED (departmentId, dueOn). */
export async function addMeetingAction(deps: Deps, principal: Principal, input: TMeetingActionRequest) {
  return inTransaction(deps.db, async (tx) => {
    await keepMeeting(tx, input.id);
    if (!(await repo.departmentIdsIn(tx, [input.departmentId])).has(input.departmentId))
      throw validationError([{ field: 'departmentId', message: '没有这个部门，请重新选择' }]);
    await addTask(deps, tx, principal, {
      source: { meetingId: input.id },
      applicationId: null,
      title: input.title,
      owner: { kind: 'department', id: input.departmentId },
      dueOn: input.dueOn,
    });
    return getMeeting(deps, principal, input.id, tx);
  });
}
