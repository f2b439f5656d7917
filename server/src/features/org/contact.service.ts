/**
 * One number to call and one place to go for a service point (shared/domain/contact-fallback.ts): the point, its
 * street/town station and the district hub, read fresh from the database so an edit shows on receipts at once.
 */
import { contactPlan, type ContactParty, type ContactPlan } from '../../../../shared/domain/contact-fallback';
import type { Db } from '../../db/client';
import { AppError } from '../../errors';
import * as repo from './points.repo';

const party = (p: repo.PointRow | null): ContactParty | null =>
  p ? { name: p.name, level: p.level, phone: p.phone, address: p.address, isSampleContact: p.isSampleContact } : null;

/** The street/town a point belongs to (null for the hub). */
export const streetOf = (row: Pick<repo.PointRow, 'level' | 'divisionCode' | 'parentCode'>) =>
  row.level === 'community_point' ? row.parentCode : row.level === 'street_station' ? row.divisionCode : null;

/** The plan for a point already read (its station and the hub are looked up). */
export async function contactOfRow(db: Db, point: repo.PointRow | null): Promise<ContactPlan> {
  const hub = point?.level === 'district_hub' ? null : await repo.findHub(db);
  const streetCode = point?.level === 'community_point' ? point.parentCode : null;
  const station = streetCode ? await repo.findStation(db, streetCode) : null;
  return contactPlan({ point: party(point), station: party(station), hub: party(hub) });
}

/**
 * The contact plan of an active point, or of the hub when `pointId` is omitted.
 *
 * @throws AppError NOT_FOUND when the point is unknown or inactive.
 */
export async function contactFor(db: Db, pointId?: string): Promise<ContactPlan> {
  if (!pointId) return contactOfRow(db, null);
  const point = await repo.findActivePoint(db, pointId);
  if (!point)
    throw new AppError('NOT_FOUND', {
      message: '没有找到这个服务站点',
      details: [{ field: 'id', message: '没有找到这个服务站点' }],
    });
  return contactOfRow(db, point);
}

/** The plan for an application's point; the hub's when none (or the point was deactivated since). */
export async function contactOfApplication(db: Db, servicePointId: string | null): Promise<ContactPlan> {
  return contactOfRow(db, servicePointId ? await repo.findActivePoint(db, servicePointId) : null);
}
