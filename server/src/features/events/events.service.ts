/**
 * Community events: staff of a department or a service point publish, edit and cancel them; anyone lists the
 * upcoming ones (by street, community or near a location) and reads one. Staff writes are audited (ids only).
 */
import type {
  TEvent,
  TEventCreateRequest,
  TEventListRequest,
  TEventUpdateRequest,
} from '../../../../shared/schemas/events';
import type { Db } from '../../db/client';
import { inTransaction } from '../../db/transaction';
import type { Deps } from '../../deps';
import { AppError, validationError } from '../../errors';
import { appendAudit } from '../audit/audit.repo';
import type { Principal } from '../auth/principal';
import { assertManages, eventNotFound, ownersOf } from './events.access';
import * as messages from './events.messages';
import { toEvent } from './events.presenter';
import { newCode } from './events.qr';
import * as repo from './events.repo';
import { fillFreedPlaces } from './signups.service';
import * as signups from './signups.repo';

/** Venue columns of a place: a service point (its street and community), or an address in a street/town. */
async function placeColumns(db: Db, place: TEventCreateRequest['place']) {
  if (place.kind === 'point') {
    const p = await repo.findPoint(db, place.pointId);
    if (!p || !p.active) throw validationError([{ field: 'place.pointId', message: '没有这个服务点' }]);
    const inCommunity = p.level === 'community' || p.level === 'village';
    const streetCode = inCommunity ? p.parentCode : p.level === 'district' ? null : p.divisionCode;
    return { venuePointId: p.id, address: null, streetCode, divisionCode: p.divisionCode };
  }
  const d = await repo.findDivision(db, place.streetCode);
  if (!d || (d.level !== 'street' && d.level !== 'town'))
    throw validationError([{ field: 'place.streetCode', message: '请选择活动所在的街道或镇' }]);
  return { venuePointId: null, address: place.address, streetCode: d.code, divisionCode: null };
}

function checkTimes(startsAt: Date, endsAt: Date, now: Date, changedStart: boolean) {
  if (changedStart && startsAt <= now) throw validationError([{ field: 'startsAt', message: '开始时间应在现在之后' }]);
  if (endsAt <= startsAt) throw validationError([{ field: 'endsAt', message: '结束时间应在开始时间之后' }]);
}

/** Which department and point own a new event, from the caller's memberships and the department asked for. */
async function ownerColumns(db: Db, principal: Principal, departmentId: string | undefined) {
  const owners = ownersOf(principal);
  if (departmentId && owners.deptIds.includes(departmentId)) return { departmentId, ownerPointId: null };
  if (departmentId && !owners.pointIds.length)
    throw new AppError('FORBIDDEN', { message: '只能为您所在的部门发布活动' });
  if (departmentId && !(await repo.departmentExists(db, departmentId)))
    throw validationError([{ field: 'departmentId', message: '没有这个部门' }]);
  if (owners.pointIds.length) return { departmentId: departmentId ?? null, ownerPointId: owners.pointIds[0]! };
  return { departmentId: owners.deptIds[0]!, ownerPointId: null };
}

export async function createEvent(deps: Deps, principal: Principal, input: TEventCreateRequest): Promise<TEvent> {
  const now = deps.clock.now();
  const startsAt = new Date(input.startsAt);
  const endsAt = new Date(input.endsAt);
  checkTimes(startsAt, endsAt, now, true);
  const id = await inTransaction(deps.db, async (tx) => {
    const event = await repo.insertEvent(tx, {
      code: newCode(),
      theme: input.theme,
      springMonth: input.springMonth ?? null,
      ...(await ownerColumns(tx, principal, input.departmentId)),
      ...(await placeColumns(tx, input.place)),
      startsAt,
      endsAt,
      capacity: input.capacity,
      audience: input.audience,
      description: input.description || null,
      createdBy: principal.userId,
      createdAt: now,
      updatedAt: now,
    });
    await appendAudit(tx, deps.clock, {
      actorUserId: principal.userId,
      action: 'event.create',
      entity: 'event',
      entityId: event.id,
    });
    return event.id;
  });
  return getEvent(deps, { id });
}

/**
 * Edits an event. A larger capacity moves the first of the wait list up; a capacity below the confirmed count is
 * refused (409). A new start or place is told to everyone signed up, and reminders follow the new start.
 */
export async function updateEvent(deps: Deps, principal: Principal, input: TEventUpdateRequest): Promise<TEvent> {
  const now = deps.clock.now();
  await inTransaction(deps.db, async (tx) => {
    const event = await repo.lockEvent(tx, input.id);
    assertManages(principal, event);
    if (event.status === 'cancelled') throw new AppError('CONFLICT', { message: '活动已取消，不能再修改' });
    const startsAt = input.startsAt ? new Date(input.startsAt) : event.startsAt;
    const endsAt = input.endsAt ? new Date(input.endsAt) : event.endsAt;
    const moved = startsAt.getTime() !== event.startsAt.getTime();
    checkTimes(startsAt, endsAt, now, moved);
    const capacity = input.capacity ?? event.capacity;
    if (capacity < (await signups.countConfirmed(tx, event.id)))
      throw new AppError('CONFLICT', { message: '已报上的人数比新的名额多，请先和报名的人商量' });
    await repo.updateEvent(tx, event.id, {
      ...(input.theme !== undefined && { theme: input.theme }),
      ...(input.springMonth !== undefined && { springMonth: input.springMonth }),
      ...(input.place && (await placeColumns(tx, input.place))),
      ...(input.audience !== undefined && { audience: input.audience }),
      ...(input.description !== undefined && { description: input.description || null }),
      startsAt,
      endsAt,
      capacity,
      updatedAt: now,
    });
    if (moved || input.place) {
      for (const s of await signups.liveSignups(tx, event.id)) {
        await messages.notify(tx, s.userId, startsAt, 'changed', `${s.id}:${now.getTime()}`, now);
        if (s.status === 'confirmed' && moved) {
          await messages.cancelReminder(tx, s.id);
          await messages.scheduleReminder(tx, s, startsAt, now);
        }
      }
    }
    await fillFreedPlaces(tx, { ...event, capacity, startsAt }, now);
    await appendAudit(tx, deps.clock, {
      actorUserId: principal.userId,
      action: 'event.update',
      entity: 'event',
      entityId: event.id,
    });
  });
  return getEvent(deps, { id: input.id });
}

/** Cancels an event: its sign-ups are told (generic text) and their reminders withdrawn. */
export async function cancelEvent(deps: Deps, principal: Principal, id: string): Promise<TEvent> {
  const now = deps.clock.now();
  await inTransaction(deps.db, async (tx) => {
    const event = await repo.lockEvent(tx, id);
    assertManages(principal, event);
    if (event.status === 'cancelled') throw new AppError('CONFLICT', { message: '活动已经取消了' });
    await repo.updateEvent(tx, id, { status: 'cancelled', updatedAt: now });
    for (const s of await signups.liveSignups(tx, id)) {
      await messages.cancelReminder(tx, s.id);
      await messages.notify(tx, s.userId, event.startsAt, 'cancelled', s.id, now);
    }
    await appendAudit(tx, deps.clock, {
      actorUserId: principal.userId,
      action: 'event.cancel',
      entity: 'event',
      entityId: id,
    });
  });
  return getEvent(deps, { id });
}

/** @throws AppError NOT_FOUND for an unknown id or code. */
export async function getEvent(deps: Deps, where: { id: string } | { code: string }): Promise<TEvent> {
  const view = await repo.findEventView(deps.db, where);
  if (!view) throw eventNotFound();
  return toEvent(view);
}

/** Upcoming events; with a location, the located ones nearest first and those at an address after them. */
export async function listEvents(deps: Deps, input: TEventListRequest) {
  const here = input.lat !== undefined && input.lng !== undefined ? { lat: input.lat, lng: input.lng } : undefined;
  const rows = await repo.listUpcoming(deps.db, deps.clock.now(), input, here ? 500 : input.limit);
  const items = rows.map((v) => toEvent(v, here));
  if (here) items.sort((a, b) => (a.distanceMetres ?? 1e12) - (b.distanceMetres ?? 1e12));
  return { items: items.slice(0, input.limit) };
}

/** The caller's department's and point's events, from those ended in the last 30 days on. */
export async function listManagedEvents(deps: Deps, principal: Principal) {
  const since = new Date(deps.clock.now().getTime() - 30 * 86_400_000);
  return { items: (await repo.listManaged(deps.db, ownersOf(principal), since)).map((v) => toEvent(v)) };
}
