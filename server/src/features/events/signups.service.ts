/**
 * Sign-ups: a resident signs up themselves or a relative (name and phone sealed, a blind index keeps one live
 * sign-up per relative). Under the event's row lock the confirmed count decides: a free place ⇒ confirmed (and the
 * day-before reminder queued in the outbox), else the wait list. Cancelling a confirmed sign-up frees its place
 * and, in the same transaction, the first of the wait list moves up and is told (generic text).
 */
import type { TSignUpRequest, TSignup } from '../../../../shared/schemas/events';
import type { Db } from '../../db/client';
import { inTransaction } from '../../db/transaction';
import type { Deps } from '../../deps';
import { AppError } from '../../errors';
import type { Principal } from '../auth/principal';
import { eventNotFound } from './events.access';
import * as messages from './events.messages';
import { toEvent } from './events.presenter';
import * as repo from './events.repo';
import { newCode } from './events.qr';
import * as signups from './signups.repo';

const signupNotFound = () => new AppError('NOT_FOUND', { message: '没有找到这条报名' });

/** Moves the first of the wait list up while places are free; each one moved up is told and gets a reminder. */
export async function fillFreedPlaces(
  tx: Db,
  event: Pick<repo.EventRow, 'id' | 'capacity' | 'startsAt' | 'status'>,
  now: Date,
): Promise<number> {
  if (event.status !== 'published' || event.startsAt <= now) return 0;
  const free = event.capacity - (await signups.countConfirmed(tx, event.id));
  const moving = await signups.firstWaitlisted(tx, event.id, free);
  for (const s of moving) {
    await signups.updateSignup(tx, s.id, { status: 'confirmed', updatedAt: now });
    await messages.notify(tx, s.userId, event.startsAt, 'promoted', s.id, now);
    await messages.scheduleReminder(tx, s, event.startsAt, now);
  }
  return moving.length;
}

async function present(deps: Deps, db: Db, id: string): Promise<TSignup> {
  const row = (await signups.findWithPosition(db, id))!;
  const view = (await repo.findEventView(db, { id: row.signup.eventId }))!;
  return toSignupOf(deps, row, toEvent(view));
}

const toSignupOf = (
  deps: Deps,
  row: { signup: signups.SignupRow; waitPosition: number | null },
  event: ReturnType<typeof toEvent>,
): TSignup => ({
  id: row.signup.id,
  status: row.signup.status,
  relativeName: row.signup.relativeNameEnc ? deps.cipher.decrypt(row.signup.relativeNameEnc) : null,
  waitPosition: row.waitPosition,
  checkedIn: row.signup.checkedInAt !== null,
  event,
});

/**
 * @throws AppError NOT_FOUND (no such event) | CONFLICT (cancelled, already started, already signed up).
 */
export async function signUp(deps: Deps, principal: Principal, input: TSignUpRequest): Promise<TSignup> {
  const now = deps.clock.now();
  const id = await inTransaction(deps.db, async (tx) => {
    const event = await repo.lockEvent(tx, input.eventId);
    if (!event) throw eventNotFound();
    if (event.status === 'cancelled') throw new AppError('CONFLICT', { message: '这场活动已取消，不能报名了' });
    if (event.startsAt <= now) throw new AppError('CONFLICT', { message: '活动已经开始了，不能再报名' });
    const phoneHash = input.relative ? deps.cipher.blindIndex(input.relative.phone) : null;
    const existing = await signups.findLive(
      tx,
      event.id,
      phoneHash ? { relativePhoneHash: phoneHash } : { userId: principal.userId },
    );
    if (existing)
      throw new AppError('CONFLICT', {
        message: input.relative ? '这位家人已经报过名了' : '您已经报过名了，可以在“我的报名”里查看',
      });
    const confirmed = await signups.countConfirmed(tx, event.id);
    const status = confirmed < event.capacity ? 'confirmed' : 'waitlisted';
    const row = await signups.insertSignup(tx, {
      eventId: event.id,
      userId: principal.userId,
      forRelative: Boolean(input.relative),
      relativeNameEnc: input.relative ? deps.cipher.encrypt(input.relative.name) : null,
      relativePhoneEnc: input.relative ? deps.cipher.encrypt(input.relative.phone) : null,
      relativePhoneHash: phoneHash,
      status,
      code: newCode(),
      createdAt: now,
      updatedAt: now,
    });
    if (status === 'confirmed') await messages.scheduleReminder(tx, row, event.startsAt, now);
    return row.id;
  });
  return present(deps, deps.db, id);
}

/** Cancels the caller's sign-up; a freed place goes to the first of the wait list at once. */
export async function cancelSignup(deps: Deps, principal: Principal, id: string): Promise<TSignup> {
  const now = deps.clock.now();
  await inTransaction(deps.db, async (tx) => {
    const found = await signups.findSignup(tx, { id });
    if (!found || found.userId !== principal.userId) throw signupNotFound();
    // event first, then the sign-up: the same lock order as signUp, so concurrent cancels queue, never deadlock
    const event = (await repo.lockEvent(tx, found.eventId))!;
    const s = (await signups.lockSignup(tx, { id }))!;
    if (s.status === 'cancelled') throw new AppError('CONFLICT', { message: '这条报名已经取消了' });
    if (s.checkedInAt) throw new AppError('CONFLICT', { message: '已经签到了，不能再取消' });
    await signups.updateSignup(tx, id, { status: 'cancelled', cancelledAt: now, updatedAt: now });
    await messages.cancelReminder(tx, id);
    if (s.status === 'confirmed') await fillFreedPlaces(tx, event, now);
  });
  return present(deps, deps.db, id);
}

/** The caller's sign-ups with their events, newest first. */
export async function mySignups(deps: Deps, principal: Principal) {
  const rows = await signups.listMine(deps.db, principal.userId);
  const views = await repo.findEventViews(deps.db, [...new Set(rows.map((r) => r.signup.eventId))]);
  const events = new Map(views.map((v) => [v.event.id, toEvent(v)]));
  return { items: rows.map((r) => toSignupOf(deps, r, events.get(r.signup.eventId)!)) };
}
