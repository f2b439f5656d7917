/**
 * One tier up: a community point escalates to the station of its street/town, a station to the
 * district hub, and the hub has no tier above. The one rule behind both the deadline sweep (features/deadlines)
 * and a staff member's manual escalation (features/cases).
 */
import { XIHU_DISTRICT_CODE } from '../../../../shared/domain/divisions';
import type { Urgency } from '../../../../shared/domain/categories';
import type { PointLevel } from '../../../../shared/domain/roles';
import type { Db } from '../../db/client';
import { findActivePoint } from './routing.repo';

/** Where a case sits: its point's level and street/town (null for the hub), and the street the case itself records. */
export type CasePlace = {
  pointLevel: PointLevel | null;
  pointStreetCode: string | null;
  caseStreetCode: string | null;
};
/** A tier, named by the level and division of the point that serves it. */
export type TierTarget = { level: Exclude<PointLevel, 'community_point'>; divisionCode: string };

/**
 * The tier above `at`, or null at the hub (pure). A community point goes to its own street's station (the case's
 * street when the point's is unknown); a station, a point of unknown street, or a case without a point to the hub.
 */
export function nextTierUp(at: CasePlace): TierTarget | null {
  if (at.pointLevel === 'district_hub') return null;
  const street = at.pointLevel === 'community_point' ? (at.pointStreetCode ?? at.caseStreetCode) : null;
  return street
    ? { level: 'street_station', divisionCode: street }
    : { level: 'district_hub', divisionCode: XIHU_DISTRICT_CODE };
}

/** The hub's tier: the top, where an overdue emergency goes straight away. */
export const HUB_TIER: TierTarget = { level: 'district_hub', divisionCode: XIHU_DISTRICT_CODE };

/**
 * Where a case that missed its deadline goes (pure): one tier up, except an emergency, which skips the station and
 * goes straight to the hub (issue 10.8). Null at the hub.
 */
export function overdueTierUp(at: CasePlace, urgency: Urgency): TierTarget | null {
  const next = nextTierUp(at);
  return next && urgency === 'emergency' ? HUB_TIER : next;
}

/**
 * The active point at `first` (default: one tier up from `at`); a tier without an active point is passed over (a
 * street whose station is inactive → the hub). Null at the hub, or when no tier above has an active point.
 */
export async function findEscalationTarget(db: Db, at: CasePlace, first: TierTarget | null = nextTierUp(at)) {
  for (
    let tier = first;
    tier;
    tier = nextTierUp({ pointLevel: tier.level, pointStreetCode: tier.divisionCode, caseStreetCode: null })
  ) {
    const point = await findActivePoint(db, tier.level, tier.divisionCode);
    if (point) return { ...point, tier };
  }
  return null;
}
