/**
 * At the venue: the attendee list (confirmed, then the wait list), check-in from the list or by scanning a
 * sign-up's QR code, and the QR codes themselves. A check-in is one 人次 for the event's department, dated by the
 * China calendar day (orders/person-times.repo.ts counts it). Checking in twice changes nothing.
 */
import type { Context } from 'koa';
import { chinaDay } from '../../../../shared/domain/china-time';
import type { Deps } from '../../deps';
import { inTransaction } from '../../db/transaction';
import { AppError } from '../../errors';
import { appendAudit } from '../audit/audit.repo';
import type { Principal } from '../auth/principal';
import { countPersonTimes, type PersonTimeGroup } from '../orders/person-times.repo';
import { assertManages } from './events.access';
import { toAttendee, toEvent } from './events.presenter';
import { qrCode } from './events.qr';
import * as repo from './events.repo';
import * as signups from './signups.repo';

const signupNotFound = () => new AppError('NOT_FOUND', { message: '没有找到这条报名，请核对二维码' });

export async function listAttendees(deps: Deps, principal: Principal, id: string) {
  const view = await repo.findEventView(deps.db, { id });
  assertManages(principal, view?.event ?? null);
  const rows = await signups.listForEvent(deps.db, id);
  return { event: toEvent(view!), items: rows.map((r) => toAttendee(r, deps.cipher)) };
}

/**
 * @throws AppError NOT_FOUND (no such sign-up) | FORBIDDEN (not the caller's event) | CONFLICT (cancelled event,
 *   a cancelled or still waitlisted sign-up).
 */
export async function checkIn(deps: Deps, principal: Principal, where: { id: string } | { code: string }) {
  const now = deps.clock.now();
  const result = await inTransaction(deps.db, async (tx) => {
    const found = await signups.findSignup(tx, where);
    if (!found) throw signupNotFound();
    const event = await repo.lockEvent(tx, found.eventId);
    assertManages(principal, event);
    if (event.status === 'cancelled') throw new AppError('CONFLICT', { message: '这场活动已取消' });
    const s = (await signups.lockSignup(tx, { id: found.id }))!;
    if (s.status === 'cancelled') throw new AppError('CONFLICT', { message: '这条报名已经取消了' });
    if (s.status === 'waitlisted') throw new AppError('CONFLICT', { message: '这位还在候补，没有报上名额' });
    if (s.checkedInAt) return { id: s.id, eventId: event.id, theme: event.theme, already: true };
    await signups.updateSignup(tx, s.id, {
      checkedInAt: now,
      checkedInBy: principal.userId,
      attendedOn: chinaDay(now),
      updatedAt: now,
    });
    await appendAudit(tx, deps.clock, {
      actorUserId: principal.userId,
      action: 'event.checkIn',
      entity: 'event',
      entityId: event.id,
      data: { signupId: s.id },
    });
    return { id: s.id, eventId: event.id, theme: event.theme, already: false };
  });
  const [row] = await signups.listForEvent(deps.db, result.eventId, [result.id]);
  return { attendee: toAttendee(row!, deps.cipher), eventTheme: result.theme, alreadyCheckedIn: result.already };
}

/**
 * An event's QR code (anyone may print it: it opens the public detail) or a sign-up's (only its owner, to show at
 * the venue). The link's origin is the server's own: the H5 pages are served from it.
 */
export async function eventQr(
  deps: Deps,
  principal: Principal,
  input: { kind: 'event' | 'signup'; id: string },
  ctx: Context,
) {
  if (input.kind === 'event') {
    const view = await repo.findEventView(deps.db, { id: input.id });
    if (!view) throw new AppError('NOT_FOUND', { message: '没有找到这场活动' });
    return qrCode(originOf(ctx), { kind: 'event', code: view.event.code });
  }
  const s = await signups.findSignup(deps.db, { id: input.id });
  if (!s || s.userId !== principal.userId) throw new AppError('NOT_FOUND', { message: '没有找到这条报名' });
  if (s.status === 'cancelled') throw new AppError('CONFLICT', { message: '这条报名已经取消了' });
  return qrCode(originOf(ctx), { kind: 'signup', code: s.code });
}

/** This server's own origin (Koa's ctx.origin is the Origin request header). */
const originOf = (ctx: Context) => `${ctx.protocol}://${ctx.host}`;

export async function personTimes(deps: Deps, input: { from: string; to: string; groupBy: PersonTimeGroup }) {
  return { items: await countPersonTimes(deps.db, { from: input.from, to: input.to }, input.groupBy) };
}
