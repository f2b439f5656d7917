/**
 * Who manages an event, from the caller's memberships (re-read on every request): a department officer manages
 * the events of their department, point staff the events their point published. Events are public, so a staff
 * member who does not manage one gets 403 (not 404) on its staff endpoints.
 */
import type { Principal } from '../auth/principal';
import { AppError } from '../../errors';
import type { EventRow } from './events.repo';

export type Owners = { deptIds: string[]; pointIds: string[] };
const POINT_ROLES = new Set(['point_staff', 'station_staff', 'hub_staff']);

export function ownersOf(principal: Principal): Owners {
  const o: Owners = { deptIds: [], pointIds: [] };
  for (const m of principal.row.memberships) {
    if (m.role === 'dept_officer' && m.deptId) o.deptIds.push(m.deptId);
    if (POINT_ROLES.has(m.role) && m.pointId) o.pointIds.push(m.pointId);
  }
  return o;
}

export function manages(owners: Owners, event: Pick<EventRow, 'departmentId' | 'ownerPointId'>): boolean {
  return (
    (!!event.departmentId && owners.deptIds.includes(event.departmentId)) ||
    (!!event.ownerPointId && owners.pointIds.includes(event.ownerPointId))
  );
}

export const eventNotFound = () => new AppError('NOT_FOUND', { message: '没有找到这场活动' });
export const notYours = () => new AppError('FORBIDDEN', { message: '这场活动不是您的部门或服务点发布的，不能管理' });

/** @throws AppError NOT_FOUND (no such event) | FORBIDDEN (not the caller's to manage). */
export function assertManages(principal: Principal, event: EventRow | null): asserts event is EventRow {
  if (!event) throw eventNotFound();
  if (!manages(ownersOf(principal), event)) throw notYours();
}
