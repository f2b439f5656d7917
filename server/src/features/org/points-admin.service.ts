/** Admin edits of service points: address, phone, opening hours, coordinates, sample flag. */
import { isInsideXihu } from '../../../../shared/domain/geo';
import type { TServicePoint, TServicePointUpdate } from '../../../../shared/schemas/org';
import type { Deps } from '../../deps';
import { inTransaction } from '../../db/transaction';
import { validationError } from '../../errors';
import * as repo from './points.repo';
import { presentPoint } from './points.service';
import { POINT_NOT_FOUND, afterPointWrite, writePointPatch } from './points-write.service';

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
  await inTransaction(deps.db, (tx) => writePointPatch(tx, deps, actorUserId, id, patch, 'service_point.update'));
  afterPointWrite(deps);
  const row = await repo.findActivePoint(deps.db, id);
  if (!row) throw POINT_NOT_FOUND();
  return presentPoint(row);
}
