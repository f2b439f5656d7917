/**
 * The routing rules as data (DESIGN.md §6): the server validates each published version with this schema and the
 * admin form checks the same limits before sending. Every decision records the version it used.
 */
import { z } from 'zod';
import { CATEGORIES } from '../domain/categories';

/** The limits of the numbers, shared by the schema and the form's messages. */
export const ROUTING_LIMITS = {
  hours: { min: 1, max: 240 },
  workingDays: { min: 1, max: 30 },
  distanceMetres: { min: 100, max: 50_000 },
  departmentsPerCategory: 4,
  adviceLength: 200,
  /** Time allowed to resolve an accepted case: emergencies in hours, the rest in working days. */
  resolveHours: { min: 1, max: 720 },
  resolveWorkingDays: { min: 1, max: 60 },
} as const;

const hours = z.number().int().min(ROUTING_LIMITS.hours.min).max(ROUTING_LIMITS.hours.max);
const resolveDays = z
  .number()
  .int()
  .min(ROUTING_LIMITS.resolveWorkingDays.min)
  .max(ROUTING_LIMITS.resolveWorkingDays.max);

/** Time allowed to resolve a case once accepted, for rule versions stored before the field existed. */
export const DEFAULT_RESOLVE_DEADLINES = {
  emergency: { hours: 72 },
  urgent: { workingDays: 5 },
  normal: { workingDays: 15 },
  // a department's own procedure takes longer (e.g. 低保 review: 20 working days by the provincial rules)
  categories: { basic_living: { workingDays: 20 }, housing: { workingDays: 20 }, medical: { workingDays: 10 } },
} as const;

export const ZRoutingRules = z.strictObject({
  /** Time allowed to accept a case, per urgency (hours, or working days in Asia/Shanghai). */
  deadlines: z.strictObject({
    emergency: z.strictObject({ hours }),
    urgent: z.strictObject({ hours }),
    normal: z.strictObject({
      workingDays: z.number().int().min(ROUTING_LIMITS.workingDays.min).max(ROUTING_LIMITS.workingDays.max),
    }),
  }),
  /** Categories that need a department → department codes to suggest. */
  categoryDepartments: z.partialRecord(
    z.enum(CATEGORIES),
    z.array(z.string().regex(/^[a-z_]+$/)).max(ROUTING_LIMITS.departmentsPerCategory),
  ),
  /** Radius within which coordinates are routed to the nearest point; beyond it the hub checks the place. */
  maxCoordinateDistanceMetres: z
    .number()
    .int()
    .min(ROUTING_LIMITS.distanceMetres.min)
    .max(ROUTING_LIMITS.distanceMetres.max),
  /** Tell the street station at once about emergencies. */
  alertStationOnEmergency: z.boolean(),
  /**
   * Emergencies skip the station: when the first deadline (`deadlines.emergency`) passes, the case goes straight to
   * the hub, which has `hub` hours to accept it. Versions stored before this field get the default.
   */
  emergencyTierHours: z.strictObject({ hub: hours }).default({ hub: 4 }),
  /**
   * Time allowed to resolve a case once accepted (issue 11.4): per urgency, and per category in working days for
   * normal and urgent cases (the longest of a case's categories wins; an urgent case never gets longer than the
   * urgent figure). Past it the case escalates one tier up, as for acceptance. Versions stored before this field get
   * the default.
   */
  resolveDeadlines: z
    .strictObject({
      emergency: z.strictObject({
        hours: z.number().int().min(ROUTING_LIMITS.resolveHours.min).max(ROUTING_LIMITS.resolveHours.max),
      }),
      urgent: z.strictObject({ workingDays: resolveDays }),
      normal: z.strictObject({ workingDays: resolveDays }),
      categories: z.partialRecord(z.enum(CATEGORIES), z.strictObject({ workingDays: resolveDays })),
    })
    .default(DEFAULT_RESOLVE_DEADLINES),
  /** Shown to an applicant whose place lies outside the district. */
  outOfDistrictAdvice: z.string().min(1).max(ROUTING_LIMITS.adviceLength),
});
export type TRoutingRules = z.infer<typeof ZRoutingRules>;
