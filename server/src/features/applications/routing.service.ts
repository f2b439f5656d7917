/**
 * Routes an application to one service point of the three tiers and explains why, in plain
 * Chinese for the applicant and in structured form for staff. Never picks a random point: a place outside
 * the district goes to the hub's triage, marked out-of-district, with advice naming the right authority.
 *
 * Reads no table per request when warm: the current rules and the reference data (org/reference-cache.ts)
 * are cached per database for 30 s; publishing rules clears the rules cache in the publishing process, so
 * other processes use the previous version for at most RULES_TTL_MS (each decision records the version it used).
 * The decision itself is the pure routing-decision.ts.
 */
import type { Db } from '../../db/client';
import { ttlCache, type TtlCache } from '../../lib/ttl-cache';
import { referenceData, type ReferenceScope } from '../org/reference-cache';
import { decideRouting, type RoutingDecision, type RoutingInput, type VersionedRules } from './routing-decision';
import * as repo from './routing.repo';
import { DEFAULT_ROUTING_RULES, ZRoutingRules } from './routing-rules';

/** @throws AppError VALIDATION_FAILED (field divisionCode) for an unknown code inside the district or no place at all. */
export async function routeApplication(
  scope: ReferenceScope,
  db: Db,
  now: Date,
  input: RoutingInput,
): Promise<RoutingDecision> {
  const rules = await currentRules(scope, db);
  return decideRouting(await referenceData(scope, db), rules, now, input);
}

export const RULES_TTL_MS = 30_000;
const rulesCaches = new WeakMap<object, TtlCache<VersionedRules>>();

/** The rules in force and their version: cached per database (`scope.db`) for RULES_TTL_MS, read through `db` on a miss. */
export function currentRules(scope: ReferenceScope, db: Db): Promise<VersionedRules> {
  let cache = rulesCaches.get(scope.db);
  if (!cache) rulesCaches.set(scope.db, (cache = ttlCache<VersionedRules>(scope.clock, RULES_TTL_MS)));
  return cache.get(() => loadRules(db));
}

/** Called by the publisher after its transaction commits, so this process routes with the new version at once. */
export function clearRoutingRulesCache(scope: Pick<ReferenceScope, 'db'>): void {
  rulesCaches.get(scope.db)?.clear();
}

async function loadRules(db: Db): Promise<VersionedRules> {
  const row = await repo.currentRules(db);
  if (!row) return { version: 0, rules: DEFAULT_ROUTING_RULES };
  return { version: row.version, rules: ZRoutingRules.parse(row.rules) };
}
