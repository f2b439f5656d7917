/**
 * The routing decision as a pure function of the reference data, the rules in force and the clock: which
 * point, why (in plain Chinese for the applicant, structured for staff), the deadline, flags and suggested
 * departments. routing.service.ts loads the inputs (cached) and calls `decideRouting`.
 */
import { XIHU_DISTRICT_CODE, isCommunityLevel, isStreetLevel } from '../../../../shared/domain/divisions';
import type { Category, Urgency } from '../../../../shared/domain/categories';
import { distanceMetres, isInsideXihu } from '../../../../shared/domain/geo';
import { addChinaWorkingDays } from '../../../../shared/domain/working-days';
import type { TRoutingReason } from '../../../../shared/schemas/applications';
import { AppError, validationError } from '../../errors';
import type { PointRef, ReferenceData } from '../org/reference-cache';
import type { TRoutingRules } from './routing-rules';

export type RoutingInput = {
  divisionCode?: string;
  lat?: number;
  lng?: number;
  categories: Category[];
  urgency: Urgency;
};
export type RoutingRuleName = TRoutingReason['rule'];
export type VersionedRules = { version: number; rules: TRoutingRules };

export type RoutingDecision = {
  point: PointRef;
  divisionCode: string | null;
  streetCode: string | null;
  dueAt: Date;
  flags: string[];
  suggestedDepartmentIds: string[];
  ruleVersion: number;
  alertStation: boolean;
  reason: TRoutingReason;
};

/** @throws AppError VALIDATION_FAILED (field divisionCode) for an unknown code inside the district or no place at all. */
export function decideRouting(
  ref: ReferenceData,
  { version, rules }: VersionedRules,
  now: Date,
  input: RoutingInput,
): RoutingDecision {
  const placed = place(ref, rules, input);
  const flags = new Set<string>(placed.flags);
  const categories = input.categories.filter((c) => c !== 'other');
  if (categories.length === 0) flags.add('unclassified');
  if (input.urgency === 'emergency') flags.add('emergency');
  const deptCodes = [...new Set(categories.flatMap((c) => rules.categoryDepartments[c] ?? []))];
  const depts = deptCodes.flatMap((code) => ref.departments.filter((d) => d.code === code));
  const deptText = depts.length ? `；可能需要${depts.map((d) => d.name).join('、')}协助` : '';
  return {
    point: placed.point,
    divisionCode: placed.divisionCode,
    streetCode: placed.streetCode,
    dueAt: dueDate(now, input.urgency, rules),
    flags: [...flags],
    suggestedDepartmentIds: depts.map((d) => d.id),
    ruleVersion: version,
    alertStation: rules.alertStationOnEmergency && input.urgency === 'emergency',
    reason: {
      applicantText: `已分派至${placed.point.name}：${placed.why}${deptText}`,
      rule: placed.rule,
      ...(placed.distance === undefined ? {} : { distanceMetres: placed.distance }),
      departments: depts.map((d) => d.code),
      ruleVersion: version,
    },
  };
}

export type Placement = {
  point: PointRef;
  divisionCode: string | null;
  streetCode: string | null;
  rule: RoutingRuleName;
  why: string;
  flags: string[];
  distance?: number;
};

/** Where an application goes: its community's point, its street's station, the nearest point, or the hub. */
export function place(ref: ReferenceData, rules: TRoutingRules, input: RoutingInput): Placement {
  const hub = () => must(ref.pointOf(XIHU_DISTRICT_CODE));
  const outside = (): Placement => ({
    point: hub(),
    divisionCode: null,
    streetCode: null,
    rule: 'out_of_district',
    why: `您填写的地方不在西湖区，我们会先帮您核实。${rules.outOfDistrictAdvice}`,
    flags: ['out_of_district'],
  });

  if (input.divisionCode) {
    if (!input.divisionCode.startsWith(XIHU_DISTRICT_CODE.slice(0, 6))) return outside();
    const division = ref.division(input.divisionCode);
    if (!division) throw validationError([{ field: 'divisionCode', message: '没有这个社区或街道，请重新选择' }]);
    const level = division.level;
    const point = must(ref.pointOf(division.code));
    if (isCommunityLevel(level)) {
      return {
        point,
        divisionCode: division.code,
        streetCode: division.parentCode,
        rule: 'community',
        why: `您填写的地址属于${division.name}`,
        flags: [],
      };
    }
    if (isStreetLevel(level)) {
      return {
        point,
        divisionCode: null,
        streetCode: division.code,
        rule: 'street',
        why: `您只选择了${division.name}，服务站会帮您找到所在的社区`,
        flags: [],
      };
    }
    return {
      point,
      divisionCode: null,
      streetCode: null,
      rule: 'district',
      why: '您没有选择街道，区级助联体会帮您找到最近的服务点',
      flags: [],
    };
  }

  if (input.lat !== undefined && input.lng !== undefined) {
    const here = { lat: input.lat, lng: input.lng };
    if (!isInsideXihu(here)) return outside();
    const nearest = ref.pointsWithCoordinates
      .map((p) => ({ p, d: distanceMetres(here, { lat: p.lat, lng: p.lng }) }))
      .sort((a, b) => a.d - b.d)[0];
    if (!nearest || nearest.d > rules.maxCoordinateDistanceMetres) {
      return {
        point: hub(),
        divisionCode: null,
        streetCode: null,
        rule: 'coordinates_unmatched',
        why: '附近暂时没有登记位置的服务点，区级助联体会帮您找到最近的服务点',
        flags: [],
      };
    }
    const division = ref.division(nearest.p.divisionCode);
    const streetCode = division && isStreetLevel(division.level) ? division.code : (division?.parentCode ?? null);
    const divisionCode = division && isCommunityLevel(division.level) ? division.code : null;
    return {
      point: nearest.p,
      divisionCode,
      streetCode,
      rule: 'coordinates',
      why: `离您所在的位置约 ${nearest.d} 米`,
      flags: [],
      distance: nearest.d,
    };
  }

  throw validationError([{ field: 'divisionCode', message: '请选择所在的街道和社区，或允许获取您的位置' }]);
}

/** Emergency/urgent: hours from now. Normal: N working days on China's official calendar (shared/domain/working-days). */
export function dueDate(now: Date, urgency: Urgency, rules: TRoutingRules): Date {
  if (urgency !== 'normal') return new Date(now.getTime() + rules.deadlines[urgency].hours * 3600 * 1000);
  return addChinaWorkingDays(now, rules.deadlines.normal.workingDays);
}

/**
 * When an accepted case should be resolved: an emergency in hours; otherwise working days, the category figure (the
 * longest when several categories have one) or else the urgency's default, an urgent case never beyond the urgent
 * figure.
 */
export function resolveDueDate(
  now: Date,
  urgency: Urgency,
  categories: readonly Category[],
  rules: TRoutingRules,
): Date {
  const r = rules.resolveDeadlines;
  if (urgency === 'emergency') return new Date(now.getTime() + r.emergency.hours * 3600 * 1000);
  const figures = categories.flatMap((c) => r.categories[c]?.workingDays ?? []);
  const days = figures.length ? Math.max(...figures) : r[urgency].workingDays;
  return addChinaWorkingDays(now, urgency === 'urgent' ? Math.min(days, r.urgent.workingDays) : days);
}

function must<T>(row: T | null): T {
  if (!row) throw new AppError('SERVICE_UNAVAILABLE', { message: '站点数据尚未准备好，请稍后再试' });
  return row;
}
