/**
 * How much a policy or service helps, so 低保 comes before a festival visit: survival needs first, then care, then
 * development; cash for basic living first among equals, then medical bills and emergencies, then the rest.
 */
import type { DeliveryKind, NeedTier, TargetGroup } from '../assistance';
import type { Category } from '../categories';

const TIER_WEIGHT: Record<NeedTier, number> = { survival: 30, care: 18, development: 10 };

const CATEGORY_WEIGHT: Record<Category, number> = {
  basic_living: 20,
  medical: 14,
  disaster: 14,
  housing: 10,
  disability: 9,
  elderly_care: 9,
  children: 9,
  education: 7,
  employment: 6,
  legal: 4,
  other: 0,
};

/** Recognised statuses that come with a monthly payment weigh most. */
const GROUP_WEIGHT: Partial<Record<TargetGroup, number>> = { dibao: 6, tekun: 6, dibian: 4 };

const DELIVERY_WEIGHT: Record<DeliveryKind, number> = { material: 4, service: 2, development: 0 };

function best<T extends string>(items: readonly T[], weights: Partial<Record<T, number>>): number {
  return items.reduce((max, item) => Math.max(max, weights[item] ?? 0), 0);
}

/** The first tier is the policy's main one. Only the main group counts (many policies list groups they serve). */
export function policyHelpWeight(p: {
  needTiers: readonly NeedTier[];
  categories: readonly Category[];
  targetGroups: readonly TargetGroup[];
}): number {
  const tier = p.needTiers[0] ? TIER_WEIGHT[p.needTiers[0]] : 0;
  const group = p.targetGroups.length === 1 ? best(p.targetGroups, GROUP_WEIGHT) : 0;
  return tier + best(p.categories, CATEGORY_WEIGHT) + group;
}

export function serviceHelpWeight(s: {
  needTier: NeedTier;
  categories: readonly Category[];
  delivery: DeliveryKind;
}): number {
  return TIER_WEIGHT[s.needTier] + best(s.categories, CATEGORY_WEIGHT) + DELIVERY_WEIGHT[s.delivery];
}
