/** Admin edits of service points: address, phone, opening hours, coordinates, sample flag. */
import { isInsideXihu } from '../../../../shared/domain/geo';
import type { TServicePoint, TServicePointUpdate } from '../../../../shared/schemas/org';
import type { Deps } from '../../deps';
import { inTransaction } from '../../db/transaction';
import { AppError, validationError } from '../../errors';
import { appendAudit } from '../audit/audit.repo';
import * as repo from './points.repo';
import { presentPoint } from './points.service';
import { clearReferenceData } from './reference-cache';

const NOT_FOUND = () => new AppError('NOT_FOUND', { message: '没有找到这个服务站点' });

/**
 * Edits a point's address, phone, hours, coordinates or sample flag, audited in the same transaction.
 *
 * @throws AppError VALIDATION_FAILED when only one of lat/lng is given or the point is outside the district; NOT_FOUND.
 */
export async function updateServicePoint(
  deps: Deps,
  actorUserId: string,
  input: TServicePointUpdate,
): Promise<TServicePoint> {
  const { id, ...patch } = input;
  if ((patch.lat === undefined) !== (patch.lng === undefined) || (patch.lat === null) !== (patch.lng === null)) {
    throw validationError([
      { field: patch.lat === undefined || patch.lat === null ? 'lat' : 'lng', message: '经纬度要一起填写' },
    ]);
  }
  if (patch.lat != null && patch.lng != null && !isInsideXihu({ lat: patch.lat, lng: patch.lng })) {
    throw validationError([{ field: 'lat', message: '这个位置不在西湖区内' }]);
  }
  await inTransaction(deps.db, async (tx) => {
    if (!(await repo.updatePoint(tx, id, patch))) throw NOT_FOUND();
    await appendAudit(tx, deps.clock, {
      actorUserId,
      action: 'service_point.update',
      entity: 'service_point',
      entityId: id,
      data: { fields: Object.keys(patch) },
    });
  });
  clearReferenceData(deps); // routing reads points through this cache (org/reference-cache.ts)
  const row = await repo.findActivePoint(deps.db, id);
  if (!row) throw NOT_FOUND();
  return presentPoint(row);
}
