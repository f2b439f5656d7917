/**
 * The one way a service point's contact data, hours and location change: the point's own staff
 * (org.points.update), an admin (admin.servicePoints.update) or the district import. Every change is audited in
 * the same transaction (which fields, never the values) and clears the reference cache so it shows at once.
 */
import type { Db } from '../../db/client';
import type { Deps } from '../../deps';
import { AppError } from '../../errors';
import { appendAudit } from '../audit/audit.repo';
import * as repo from './points.repo';
import { clearReferenceData } from './reference-cache';

export const POINT_NOT_FOUND = () =>
  new AppError('NOT_FOUND', {
    message: '没有找到这个服务站点',
    details: [{ field: 'id', message: '没有找到这个服务站点' }],
  });

/**
 * A patch from the people who keep the point confirms its data: entering a phone or structured hours clears the
 * "sample contact" flag, so the number is offered to residents.
 */
export function confirmedPatch(patch: repo.PointPatch): repo.PointPatch {
  const confirms = (patch.phone !== undefined && patch.phone !== null) || !!patch.openingSchedule;
  const schedule = patch.openingSchedule ? { ...patch.openingSchedule, isSample: false } : patch.openingSchedule;
  return {
    ...patch,
    ...(patch.openingSchedule !== undefined ? { openingSchedule: schedule } : {}),
    ...(confirms ? { isSampleContact: false } : {}),
  };
}

/** Writes one point's patch and its audit row inside `tx`; the caller clears the cache after commit. */
export async function writePointPatch(
  tx: Db,
  deps: Pick<Deps, 'clock'>,
  actorUserId: string,
  id: string,
  patch: repo.PointPatch,
  action: string,
): Promise<void> {
  if (!(await repo.updatePoint(tx, id, patch))) throw POINT_NOT_FOUND();
  await appendAudit(tx, deps.clock, {
    actorUserId,
    action,
    entity: 'service_point',
    entityId: id,
    data: { fields: Object.keys(patch).sort() },
  });
}

export function afterPointWrite(deps: Pick<Deps, 'db'>): void {
  clearReferenceData(deps); // routing reads points through this cache (org/reference-cache.ts)
}
