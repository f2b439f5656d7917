/** Read models of the three tiers: divisions, service points and the alliance departments. */
import { XIHU_DISTRICT_CODE, type DivisionLevel } from '../../../../shared/domain/divisions';
import type { PointLevel } from '../../../../shared/domain/roles';
import type { TDistrictOverview, TDivision, TServicePoint } from '../../../../shared/schemas/org';
import { AppError } from '../../errors';
import type { Db } from '../../db/client';
import * as repo from './org.repo';

export function presentPoint(row: repo.ServicePointRow): TServicePoint {
  return row;
}

const presentDivision = (row: {
  code: string;
  name: string;
  level: DivisionLevel;
  parentCode: string | null;
}): TDivision => ({
  code: row.code,
  name: row.name,
  level: row.level,
  parentCode: row.parentCode,
});

export async function getDistrictOverview(db: Db): Promise<TDistrictOverview> {
  const district = await repo.findDivision(db, XIHU_DISTRICT_CODE);
  if (!district) throw new AppError('SERVICE_UNAVAILABLE', { message: '基础数据尚未准备好，请稍后再试' });
  const [streets, points] = await Promise.all([
    repo.listStreetsWithCounts(db, XIHU_DISTRICT_CODE),
    repo.listServicePoints(db, { level: 'street_station' }),
  ]);
  const [hub] = await repo.listServicePoints(db, { level: 'district_hub' });
  const stationByCode = new Map(points.map((p) => [p.divisionCode, presentPoint(p)]));
  return {
    district: presentDivision(district),
    hub: hub ? presentPoint(hub) : null,
    streets: streets.map((s) => ({
      code: s.code,
      name: s.name,
      level: s.level,
      communityCount: s.communityCount,
      station: stationByCode.get(s.code) ?? null,
    })),
  };
}

/** @throws AppError NOT_FOUND when parentCode is not a known division. */
export async function listDivisions(db: Db, parentCode = XIHU_DISTRICT_CODE): Promise<{ items: TDivision[] }> {
  if (!(await repo.findDivision(db, parentCode)))
    throw new AppError('NOT_FOUND', {
      message: '没有这个地区',
      details: [{ field: 'parentCode', message: '没有这个地区' }],
    });
  return { items: (await repo.listChildDivisions(db, parentCode)).map(presentDivision) };
}

/** @throws AppError NOT_FOUND when streetCode is not a street/town of the district. */
export async function listServicePoints(
  db: Db,
  filter: { streetCode?: string; level?: PointLevel },
): Promise<{ items: TServicePoint[] }> {
  if (filter.streetCode) {
    const street = await repo.findDivision(db, filter.streetCode);
    if (!street || (street.level !== 'street' && street.level !== 'town')) {
      throw new AppError('NOT_FOUND', {
        message: '没有这个街道或镇',
        details: [{ field: 'streetCode', message: '没有这个街道或镇' }],
      });
    }
  }
  return { items: (await repo.listServicePoints(db, filter)).map(presentPoint) };
}

export async function listDepartments(db: Db) {
  return { items: await repo.listDepartments(db) };
}
