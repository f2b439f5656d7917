/** The workbench queue: scoped in SQL, filtered, sorted by deadline, keyset-paginated with an opaque cursor. */
import type { TCaseQueue, TCaseQueueRequest } from '../../../../shared/schemas/cases';
import type { Deps } from '../../deps';
import { validationError } from '../../errors';
import type { Principal } from '../auth/principal';
import { OPEN_STATUSES } from '../../../../shared/domain/application-status';
import * as repo from './cases.repo';
import { firstOpenPage } from './queue-page.repo';
import { toQueueItem } from './cases.presenter';
import { detailsWithheld, redactQueueItem } from './lead-privacy';
import { hasStaffScope, scopeOf } from './scope';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** timestamptz as PostgreSQL prints it, e.g. "2026-05-01 08:00:00.123456+08". */
const PG_TIMESTAMPTZ =
  /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(\.\d{1,6})?(?:[+-](\d{2})(?::?(\d{2})){0,2}|Z)$/;

/** The shape PostgreSQL prints and a moment that exists: month 1–12, a day of that month, 00:00:00–23:59:59, offset < 16 h. */
function isPgTimestamptz(value: string): boolean {
  const m = PG_TIMESTAMPTZ.exec(value);
  if (!m) return false;
  const [year, month, day, hour, minute, second, offsetHours, offsetMinutes] = [1, 2, 3, 4, 5, 6, 8, 9].map((i) =>
    Number(m[i] ?? 0),
  ) as [number, number, number, number, number, number, number, number];
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const daysInMonth = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return (
    year >= 1 &&
    day >= 1 &&
    day <= daysInMonth &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59 &&
    offsetHours <= 15 &&
    offsetMinutes <= 59
  );
}

/** Opaque cursor: base64url of [due_at as stored, id]. */
export function encodeCursor(c: repo.Cursor): string {
  return Buffer.from(JSON.stringify([c.dueAt, c.id])).toString('base64url');
}

/** @throws AppError VALIDATION_FAILED (field cursor) when the cursor was not made by encodeCursor. */
export function decodeCursor(raw: string): repo.Cursor {
  try {
    const [dueAt, id] = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as unknown[];
    const dueOk = dueAt === null || (typeof dueAt === 'string' && isPgTimestamptz(dueAt));
    if (dueOk && typeof id === 'string' && UUID.test(id)) return { dueAt: dueAt as string | null, id };
  } catch {
    // fall through
  }
  throw validationError([{ field: 'cursor', message: '翻页参数无效，请从第一页重新加载' }]);
}

/** The workbench's first page: the open statuses (each once), no other filter, no cursor (queue-page.repo.ts). */
export function isFirstOpenPage(input: TCaseQueueRequest): boolean {
  const { status } = input;
  return (
    !input.cursor &&
    input.urgency === undefined &&
    input.needTier === undefined &&
    input.channel === undefined &&
    input.refNo === undefined &&
    input.overdue === undefined &&
    status?.length === OPEN_STATUSES.length &&
    new Set(status).size === status.length &&
    status.every((s) => OPEN_STATUSES.includes(s))
  );
}

/**
 * One page of the caller's queue. Staff see the cases of their point / street / district; department officers
 * (or `view: 'officer'`) only cases referred to their department. No post of the requested kind → an empty page.
 */
export async function listQueue(deps: Deps, principal: Principal, input: TCaseQueueRequest): Promise<TCaseQueue> {
  const scope = scopeOf(principal);
  const view = input.view ?? (hasStaffScope(scope) ? 'staff' : 'officer');
  const cursor = input.cursor ? decodeCursor(input.cursor) : null;
  const now = deps.clock.now();
  const rows =
    view === 'staff' && isFirstOpenPage(input)
      ? await firstOpenPage(deps.db, deps.cipher, scope, now, input.limit + 1)
      : await repo.queuePage(
          deps.db,
          deps.cipher,
          view === 'staff' ? repo.staffScopeSql(scope) : repo.officerScopeSql(scope),
          input,
          now,
          cursor,
          input.limit + 1,
        );
  const page = rows.slice(0, input.limit);
  const last = page[page.length - 1];
  return {
    view,
    items: page.map((r) => {
      const item = toQueueItem(r, principal.userId, view === 'officer');
      return detailsWithheld(principal, r) ? redactQueueItem(item) : item;
    }),
    nextCursor: rows.length > input.limit && last ? encodeCursor({ dueAt: last.dueKey, id: last.app.id }) : null,
  };
}
