/**
 * The routing rules as data (DESIGN.md §6). Version 1 is seeded; admins publish new versions through
 * `admin.routing.set`, and every decision records the version it used.
 */
import { z } from 'zod';
import { CATEGORIES } from '../../../../shared/domain/categories';

const DEFAULT_RESOLVE_DEADLINES = {
  emergency: { hours: 72 },
  urgent: { workingDays: 5 },
  normal: { workingDays: 15 },
  // a department's own procedure takes longer (e.g. 低保 review: 20 working days by the provincial rules)
  categories: { basic_living: { workingDays: 20 }, housing: { workingDays: 20 }, medical: { workingDays: 10 } },
} as const;

export const ZRoutingRules = z.strictObject({
  /** Time allowed to accept a case, per urgency (hours, or working days in Asia/Shanghai). */
  deadlines: z.strictObject({
    emergency: z.strictObject({ hours: z.number().int().min(1).max(240) }),
    urgent: z.strictObject({ hours: z.number().int().min(1).max(240) }),
    normal: z.strictObject({ workingDays: z.number().int().min(1).max(30) }),
  }),
  /** Categories that need a department → department codes to suggest. */
  categoryDepartments: z.partialRecord(z.enum(CATEGORIES), z.array(z.string().regex(/^[a-z_]+$/)).max(4)),
  /** Radius within which coordinates are routed to the nearest point; beyond it the hub checks the place. */
  maxCoordinateDistanceMetres: z.number().int().min(100).max(50_000),
  /** Tell the street station at once about emergencies. */
  alertStationOnEmergency: z.boolean(),
  /**
   * Emergencies skip the station: when the first deadline (`deadlines.emergency`) passes, the case goes straight to
   * the hub, which has `hub` hours to accept it. Versions stored before this field get the default.
   */
  emergencyTierHours: z.strictObject({ hub: z.number().int().min(1).max(240) }).default({ hub: 4 }),
  /**
   * Time allowed to resolve a case once accepted (issue 11.4): per urgency, and per category in working days for
   * normal and urgent cases (the longest of a case's categories wins; an urgent case never gets longer than the
   * urgent figure). Past it the case escalates one tier up, as for acceptance. Versions stored before this field get
   * the default.
   */
  resolveDeadlines: z
    .strictObject({
      emergency: z.strictObject({ hours: z.number().int().min(1).max(720) }),
      urgent: z.strictObject({ workingDays: z.number().int().min(1).max(60) }),
      normal: z.strictObject({ workingDays: z.number().int().min(1).max(60) }),
      categories: z.partialRecord(z.enum(CATEGORIES), z.strictObject({ workingDays: z.number().int().min(1).max(60) })),
    })
    .default(DEFAULT_RESOLVE_DEADLINES),
  /** Shown to an applicant whose place lies outside the district. */
  outOfDistrictAdvice: z.string().min(1).max(200),
});
export type TRoutingRules = z.infer<typeof ZRoutingRules>;

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
