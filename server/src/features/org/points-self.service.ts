/** Service points kept by their own staff: the points a member may keep, and their edits (org.points.*). */
import type { TServicePoint } from '../../../../shared/schemas/org';
import type { TPointSelfUpdate } from '../../../../shared/schemas/points';
import type { Deps } from '../../deps';
import { inTransaction } from '../../db/transaction';
import { AppError } from '../../errors';
import type { Principal } from '../auth/principal';
import { streetOf } from './contact.service';
import { inPointScope, pointScopeOf } from './point-scope';
import * as repo from './points.repo';
import { presentPoint } from './points.service';
import { POINT_NOT_FOUND, afterPointWrite, confirmedPatch, writePointPatch } from './points-write.service';

const OUT_OF_SCOPE = () =>
  new AppError('FORBIDDEN', {
    message: '只能修改本服务点（服务站可修改本街道各服务点）的信息',
    details: [{ field: 'id', message: '这个服务点不归您维护' }],
  });

/** The points the caller keeps, hub and stations first. */
export async function listMyPoints(deps: Deps, principal: Principal): Promise<{ items: TServicePoint[] }> {
  const scope = pointScopeOf(principal);
  const rows = await repo.listActivePointRows(deps.db);
  return {
    items: rows.filter((r) => inPointScope(scope, { id: r.id, streetCode: streetOf(r) })).map(presentPoint),
  };
}

/**
 * The point's own staff (or its station's, the hub's, an admin) change its address, phone, hours or location.
 * Entering a phone or hours confirms them (no longer "sample").
 *
 * @throws AppError NOT_FOUND for an unknown point; FORBIDDEN for a point outside the caller's scope.
 */
export async function updateOwnPoint(
  deps: Deps,
  principal: Principal,
  input: TPointSelfUpdate,
): Promise<TServicePoint> {
  const { id, ...patch } = input;
  await inTransaction(deps.db, async (tx) => {
    const row = await repo.findActivePoint(tx, id);
    if (!row) throw POINT_NOT_FOUND();
    if (!inPointScope(pointScopeOf(principal), { id: row.id, streetCode: streetOf(row) })) throw OUT_OF_SCOPE();
    await writePointPatch(tx, deps, principal.userId, id, confirmedPatch(patch), 'service_point.self_update');
  });
  afterPointWrite(deps);
  const row = await repo.findActivePoint(deps.db, id);
  if (!row) throw POINT_NOT_FOUND();
  return presentPoint(row);
}
