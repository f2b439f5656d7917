/** Service points: detail with "open now" and the services delivered there, and "near me". Admin edits: points-admin.service.ts. */
import { TEN_MINUTE_RADIUS_M, distanceMetres, isInsideXihu } from '../../../../shared/domain/geo';
import { isOpenNow, parseOpeningSchedule } from '../../../../shared/domain/opening-hours';
import type { TServicePoint } from '../../../../shared/schemas/org';
import type { Deps } from '../../deps';
import type { Db } from '../../db/client';
import { AppError } from '../../errors';
import { chinaHolidayCalendar } from '../../lib/china-calendar';
import * as repo from './points.repo';
import { contactOfRow } from './contact.service';
import { listServicesIn } from '../services/services.service';
import { readDb } from '../../db/read-routing';

const NOT_FOUND = () => new AppError('NOT_FOUND', { message: '没有找到这个服务站点' });

export function presentPoint(row: repo.PointRow): TServicePoint {
  const { parentCode: _p, openingSchedule: _s, ...rest } = row;
  return rest;
}

/** The street/town a point belongs to (the district for the hub): how unlocated points are grouped. */
const groupOf = (row: repo.PointRow) => (row.level === 'community_point' ? row.parentCode! : row.divisionCode);

/** @throws AppError NOT_FOUND when the point is unknown or inactive. */
export async function getServicePoint(deps: Deps, id: string) {
  const row = await repo.findActivePoint(readDb(deps), id);
  if (!row) throw NOT_FOUND();
  const schedule = parseOpeningSchedule(row.openingSchedule);
  const { items } = await listServicesIn(readDb(deps), { divisionCode: row.divisionCode, offset: 0, limit: 50 });
  return {
    ...presentPoint(row),
    openingSchedule: schedule,
    openNow: isOpenNow(schedule, deps.clock.now(), chinaHolidayCalendar),
    services: items,
    contact: await contactOfRow(readDb(deps), row),
  };
}

/**
 * Points with known coordinates sorted by distance from (lat, lng); within 1 km is the ten-minute circle.
 * Points without coordinates are never placed on a map: when asked, they come back grouped by street/town.
 */
export async function nearServicePoints(
  deps: Deps,
  input: { lat: number; lng: number; limit: number; includeUnlocated: boolean },
) {
  const here = { lat: input.lat, lng: input.lng };
  const now = deps.clock.now();
  const items = (await repo.listLocatedPoints(readDb(deps)))
    .map((row) => ({ row, distanceMetres: distanceMetres(here, { lat: row.lat!, lng: row.lng! }) }))
    .sort((a, b) => a.distanceMetres - b.distanceMetres)
    .slice(0, input.limit)
    .map(({ row, distanceMetres: d }) => ({
      point: presentPoint(row),
      distanceMetres: d,
      withinTenMinutes: d <= TEN_MINUTE_RADIUS_M,
      openNow: isOpenNow(parseOpeningSchedule(row.openingSchedule), now, chinaHolidayCalendar),
    }));
  return {
    insideDistrict: isInsideXihu(here),
    items,
    unlocated: input.includeUnlocated ? await unlocatedByStreet(readDb(deps)) : null,
  };
}

async function unlocatedByStreet(db: Db) {
  const groups = new Map<string, { streetCode: string; streetName: string; points: TServicePoint[] }>();
  for (const row of await repo.listUnlocatedPoints(db)) {
    const code = groupOf(row);
    let group = groups.get(code);
    if (!group) {
      group = { streetCode: code, streetName: (await repo.divisionName(db, code)) ?? code, points: [] };
      groups.set(code, group);
    }
    group.points.push(presentPoint(row));
  }
  return [...groups.values()];
}
