/**
 * Which points still miss a phone, address, location or confirmed hours, per street/town
 * (admin.points.completeness): the hub and admins see the district, a station its own street/town.
 * Sample phones and sample hours count as missing: residents are never offered them.
 */
import { hasConfirmedHours, parseOpeningSchedule } from '../../../../shared/domain/opening-hours';
import { MISSING_KINDS, type MissingKind, type TCompleteness } from '../../../../shared/schemas/points';
import type { Deps } from '../../deps';
import { AppError } from '../../errors';
import type { Principal } from '../auth/principal';
import { pointScopeOf } from './point-scope';
import * as repo from './points.repo';

export function missingOf(row: repo.PointRow): MissingKind[] {
  const missing: MissingKind[] = [];
  if (!row.phone || row.isSampleContact) missing.push('phone');
  if (!row.address?.trim()) missing.push('address');
  if (row.lat === null || row.lng === null) missing.push('location');
  if (!hasConfirmedHours(parseOpeningSchedule(row.openingSchedule))) missing.push('hours');
  return missing;
}

const zeroCounts = () => Object.fromEntries(MISSING_KINDS.map((k) => [k, 0])) as Record<MissingKind, number>;

/** @throws AppError FORBIDDEN when a station asks for another street/town. */
export async function pointCompleteness(
  deps: Deps,
  principal: Principal,
  input: { streetCode?: string },
): Promise<TCompleteness> {
  const scope = pointScopeOf(principal);
  if (!scope.all && input.streetCode && !scope.streetCodes.includes(input.streetCode))
    throw new AppError('FORBIDDEN', {
      message: '只能查看本街道的服务点',
      details: [{ field: 'streetCode', message: '只能查看本街道的服务点' }],
    });
  const wanted = input.streetCode ? [input.streetCode] : scope.all ? null : scope.streetCodes;
  const rows = await repo.listActivePointRows(deps.db);
  const names = new Map(rows.filter((r) => r.level !== 'community_point').map((r) => [r.divisionCode, r.divisionName]));
  const streets = new Map<string, TCompleteness['streets'][number]>();
  const totals = { points: 0, complete: 0, missing: zeroCounts() };
  for (const row of rows) {
    const code = row.level === 'community_point' ? row.parentCode! : row.divisionCode;
    if (wanted && !wanted.includes(code)) continue;
    let street = streets.get(code);
    if (!street) {
      street = {
        streetCode: code,
        streetName: names.get(code) ?? code,
        points: 0,
        complete: 0,
        missing: zeroCounts(),
        incomplete: [],
      };
      streets.set(code, street);
    }
    const missing = missingOf(row);
    for (const target of [street, totals]) {
      target.points += 1;
      if (missing.length === 0) target.complete += 1;
      for (const m of missing) target.missing[m] += 1;
    }
    if (missing.length > 0) street.incomplete.push({ id: row.id, name: row.name, level: row.level, missing });
  }
  return { totals, streets: [...streets.values()] };
}
