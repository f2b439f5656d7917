/**
 * The routing rules as data (DESIGN.md §6). Version 1 is seeded; admins publish new versions through
 * `admin.routing.set`, and every decision records the version it used.
 */
import { DEFAULT_RESOLVE_DEADLINES, ZRoutingRules, type TRoutingRules } from '../../../../shared/schemas/routing-rules';

/** The schema lives in shared/ so the admin form checks the same limits. */
export { ZRoutingRules, type TRoutingRules };

export const DEFAULT_ROUTING_RULES: TRoutingRules = {
  deadlines: { emergency: { hours: 24 }, urgent: { hours: 48 }, normal: { workingDays: 3 } },
  categoryDepartments: {
    medical: ['health', 'medical_security'],
    education: ['education'],
    employment: ['hrss'],
    disability: ['disabled'],
    housing: ['housing'],
    legal: ['justice'],
    disaster: ['emergency'],
    children: ['womens_federation'],
    basic_living: ['civil_affairs'],
    elderly_care: ['civil_affairs'],
  },
  maxCoordinateDistanceMetres: 5000,
  alertStationOnEmergency: true,
  emergencyTierHours: { hub: 4 },
  resolveDeadlines: {
    ...DEFAULT_RESOLVE_DEADLINES,
    categories: { ...DEFAULT_RESOLVE_DEADLINES.categories },
  },
  outOfDistrictAdvice: '请同时联系您户籍或居住地所在区（县、市）的民政部门',
};
