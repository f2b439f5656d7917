/**
 * The routing-rules form: the published rules as form text and back, checked against the shared schema's limits
 * with messages an admin can act on, and the server's field paths mapped onto the form's fields.
 */
import { CATEGORIES, type Category } from '@shared/domain/categories';
import {
  DEFAULT_RESOLVE_DEADLINES,
  ROUTING_LIMITS,
  ZRoutingRules,
  type TRoutingRules,
} from '@shared/schemas/routing-rules';

export type RoutingForm = {
  emergencyHours: string;
  urgentHours: string;
  normalWorkingDays: string;
  hubHours: string;
  maxDistanceMetres: string;
  alertStation: boolean;
  advice: string;
  departments: Partial<Record<Category, string[]>>;
  /** Time allowed to resolve an accepted case (resolveDeadlines). */
  resolveEmergencyHours: string;
  resolveUrgentDays: string;
  resolveNormalDays: string;
  /** Working days per category; empty = the urgency's figure applies. */
  resolveCategoryDays: Partial<Record<Category, string>>;
};
export type RoutingFormKey =
  | Exclude<keyof RoutingForm, 'departments' | 'resolveCategoryDays'>
  | `departments.${Category}`
  | `resolveCategoryDays.${Category}`;
export type RoutingFormErrors = Partial<Record<RoutingFormKey, string>>;

const { hours, workingDays, distanceMetres, departmentsPerCategory, adviceLength, resolveHours, resolveWorkingDays } =
  ROUTING_LIMITS;
export const ROUTING_MESSAGES = {
  hours: `请填 ${hours.min} 到 ${hours.max} 之间的整数（小时）`,
  workingDays: `请填 ${workingDays.min} 到 ${workingDays.max} 之间的整数（工作日）`,
  distance: `请填 ${distanceMetres.min} 到 ${distanceMetres.max} 之间的整数（米）`,
  departments: `每一类最多选 ${departmentsPerCategory} 个部门`,
  advice: `请填写提示语，不超过 ${adviceLength} 个字`,
  resolveHours: `请填 ${resolveHours.min} 到 ${resolveHours.max} 之间的整数（小时）`,
  resolveWorkingDays: `请填 ${resolveWorkingDays.min} 到 ${resolveWorkingDays.max} 之间的整数（工作日）`,
  resolveCategoryDays: `不填，或填 ${resolveWorkingDays.min} 到 ${resolveWorkingDays.max} 之间的整数（工作日）`,
} as const;

type Loose = {
  deadlines?: { emergency?: { hours?: unknown }; urgent?: { hours?: unknown }; normal?: { workingDays?: unknown } };
  emergencyTierHours?: { hub?: unknown };
  maxCoordinateDistanceMetres?: unknown;
  alertStationOnEmergency?: unknown;
  outOfDistrictAdvice?: unknown;
  categoryDepartments?: Record<string, unknown>;
  resolveDeadlines?: {
    emergency?: { hours?: unknown };
    urgent?: { workingDays?: unknown };
    normal?: { workingDays?: unknown };
    categories?: Record<string, { workingDays?: unknown } | undefined>;
  };
};
const text = (v: unknown) => (typeof v === 'number' || typeof v === 'string' ? String(v) : '');

/**
 * The stored rules as form text; a field the stored version lacks starts empty (and must be filled to publish),
 * except the resolution deadlines, which start at the defaults the server applies to versions without them.
 */
export function toRoutingForm(rules: unknown): RoutingForm {
  const parsed = ZRoutingRules.safeParse(rules);
  const r: Loose = parsed.success ? parsed.data : rules && typeof rules === 'object' ? (rules as Loose) : {};
  const departments: RoutingForm['departments'] = {};
  for (const c of CATEGORIES) {
    const codes = r.categoryDepartments?.[c];
    if (Array.isArray(codes)) departments[c] = codes.filter((x): x is string => typeof x === 'string');
  }
  const resolve: NonNullable<Loose['resolveDeadlines']> = r.resolveDeadlines ?? DEFAULT_RESOLVE_DEADLINES;
  const resolveCategoryDays: RoutingForm['resolveCategoryDays'] = {};
  for (const c of CATEGORIES) {
    const days = text(resolve.categories?.[c]?.workingDays);
    if (days) resolveCategoryDays[c] = days;
  }
  return {
    emergencyHours: text(r.deadlines?.emergency?.hours),
    urgentHours: text(r.deadlines?.urgent?.hours),
    normalWorkingDays: text(r.deadlines?.normal?.workingDays),
    hubHours: text(r.emergencyTierHours?.hub),
    maxDistanceMetres: text(r.maxCoordinateDistanceMetres),
    alertStation: r.alertStationOnEmergency !== false,
    advice: typeof r.outOfDistrictAdvice === 'string' ? r.outOfDistrictAdvice : '',
    departments,
    resolveEmergencyHours: text(resolve.emergency?.hours),
    resolveUrgentDays: text(resolve.urgent?.workingDays),
    resolveNormalDays: text(resolve.normal?.workingDays),
    resolveCategoryDays,
  };
}

function whole(value: string, min: number, max: number): number | null {
  const t = value.trim();
  if (!/^\d+$/.test(t)) return null;
  const n = Number(t);
  return n >= min && n <= max ? n : null;
}

/** The form as rules, or what is wrong with each field (nothing is sent while anything is). */
export function fromRoutingForm(
  form: RoutingForm,
): { ok: true; rules: TRoutingRules } | { ok: false; errors: RoutingFormErrors } {
  const errors: RoutingFormErrors = {};
  const num = (key: RoutingFormKey, value: string, limits: { min: number; max: number }, message: string) => {
    const n = whole(value, limits.min, limits.max);
    if (n === null) errors[key] = message;
    return n ?? 0;
  };
  const emergency = num('emergencyHours', form.emergencyHours, hours, ROUTING_MESSAGES.hours);
  const urgent = num('urgentHours', form.urgentHours, hours, ROUTING_MESSAGES.hours);
  const normal = num('normalWorkingDays', form.normalWorkingDays, workingDays, ROUTING_MESSAGES.workingDays);
  const hub = num('hubHours', form.hubHours, hours, ROUTING_MESSAGES.hours);
  const distance = num('maxDistanceMetres', form.maxDistanceMetres, distanceMetres, ROUTING_MESSAGES.distance);
  const resolveDeadlines: TRoutingRules['resolveDeadlines'] = {
    emergency: {
      hours: num('resolveEmergencyHours', form.resolveEmergencyHours, resolveHours, ROUTING_MESSAGES.resolveHours),
    },
    urgent: {
      workingDays: num(
        'resolveUrgentDays',
        form.resolveUrgentDays,
        resolveWorkingDays,
        ROUTING_MESSAGES.resolveWorkingDays,
      ),
    },
    normal: {
      workingDays: num(
        'resolveNormalDays',
        form.resolveNormalDays,
        resolveWorkingDays,
        ROUTING_MESSAGES.resolveWorkingDays,
      ),
    },
    categories: {},
  };
  for (const c of CATEGORIES) {
    const days = (form.resolveCategoryDays[c] ?? '').trim();
    if (!days) continue;
    resolveDeadlines.categories[c] = {
      workingDays: num(`resolveCategoryDays.${c}`, days, resolveWorkingDays, ROUTING_MESSAGES.resolveCategoryDays),
    };
  }
  const advice = form.advice.trim();
  if (!advice || advice.length > adviceLength) errors.advice = ROUTING_MESSAGES.advice;
  const categoryDepartments: TRoutingRules['categoryDepartments'] = {};
  for (const c of CATEGORIES) {
    const codes = form.departments[c] ?? [];
    if (codes.length > departmentsPerCategory) errors[`departments.${c}`] = ROUTING_MESSAGES.departments;
    if (codes.length > 0) categoryDepartments[c] = codes;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const rules = {
    deadlines: { emergency: { hours: emergency }, urgent: { hours: urgent }, normal: { workingDays: normal } },
    categoryDepartments,
    maxCoordinateDistanceMetres: distance,
    alertStationOnEmergency: form.alertStation,
    emergencyTierHours: { hub },
    resolveDeadlines,
    outOfDistrictAdvice: advice,
  };
  // the same schema the server applies: a limit added there is caught here too
  const checked = ZRoutingRules.safeParse(rules);
  return checked.success
    ? { ok: true, rules: checked.data }
    : { ok: false, errors: errorsFromPaths(checked.error.issues) };
}

const PATH_TO_KEY: Record<string, RoutingFormKey> = {
  'deadlines.emergency.hours': 'emergencyHours',
  'deadlines.urgent.hours': 'urgentHours',
  'deadlines.normal.workingDays': 'normalWorkingDays',
  'emergencyTierHours.hub': 'hubHours',
  maxCoordinateDistanceMetres: 'maxDistanceMetres',
  alertStationOnEmergency: 'alertStation',
  outOfDistrictAdvice: 'advice',
  'resolveDeadlines.emergency.hours': 'resolveEmergencyHours',
  'resolveDeadlines.urgent.workingDays': 'resolveUrgentDays',
  'resolveDeadlines.normal.workingDays': 'resolveNormalDays',
};

const isCategory = (c: string | undefined): c is Category => (CATEGORIES as readonly string[]).includes(c ?? '');

/** The form field a rules path belongs to (`rules.` prefix allowed), or null for a path the form does not show. */
export function formKeyFor(path: string): RoutingFormKey | null {
  const p = path.replace(/^rules\./, '');
  if (PATH_TO_KEY[p]) return PATH_TO_KEY[p];
  const dep = /^categoryDepartments\.([a-z_]+)/.exec(p);
  if (dep) return isCategory(dep[1]) ? `departments.${dep[1]}` : null;
  const days = /^resolveDeadlines\.categories\.([a-z_]+)/.exec(p);
  return days && isCategory(days[1]) ? `resolveCategoryDays.${days[1]}` : null;
}

/** Issues or server details by path → errors on the form's fields (paths the form does not show are left out). */
export function errorsFromPaths(
  issues: readonly { path?: readonly PropertyKey[]; field?: string; message: string }[],
): RoutingFormErrors {
  const errors: RoutingFormErrors = {};
  for (const issue of issues) {
    const path = issue.field ?? (issue.path ?? []).map(String).join('.');
    const key = formKeyFor(path);
    if (key) errors[key] ??= issue.message;
  }
  return errors;
}
