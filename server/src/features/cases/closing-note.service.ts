/**
 * The one thing staff may still do on a withdrawn case: add a closing note (`cases.close` with a note). The
 * status stays `withdrawn`; the note is a 'close' timeline entry, audited, and the version moves on. Once only.
 */
import type { TStaffCaseDetail } from '../../../../shared/schemas/cases';
import type { Db } from '../../db/client';
import type { Deps } from '../../deps';
import { AppError } from '../../errors';
import { appendAudit } from '../audit/audit.repo';
import type { ApplicationRow } from '../applications/lifecycle.repo';
import { insertEvent, touchVersion } from '../applications/lifecycle.repo';
import * as repo from './cases.repo';
import { loadStaffDetail } from './detail.service';

/** @throws AppError CONFLICT (stale version, or a closing note already written). */
export async function addClosingNote(
  deps: Deps,
  db: Db,
  row: ApplicationRow,
  input: { expectedVersion: number; note?: string },
  userId: string,
): Promise<TStaffCaseDetail> {
  if (input.expectedVersion !== row.version)
    throw new AppError('CONFLICT', { message: '这份申请刚被其他人处理过，请刷新后再看' });
  if (await repo.hasClosingNote(db, row.id)) throw new AppError('CONFLICT', { message: '已经填写过归档说明了' });
  const now = deps.clock.now();
  if (!(await touchVersion(db, row, now)))
    throw new AppError('CONFLICT', { message: '这份申请刚被其他人处理过，请刷新后再看' });
  await insertEvent(db, {
    applicationId: row.id,
    type: 'close',
    actorUserId: userId,
    statusFrom: row.status,
    statusTo: row.status,
    note: input.note ?? null,
    data: {},
    createdAt: now,
  });
  await appendAudit(db, deps.clock, {
    actorUserId: userId,
    action: 'application.close',
    entity: 'application',
    entityId: row.id,
    data: { from: row.status, to: row.status },
  });
  return (await loadStaffDetail(deps, db, row.id))!;
}
