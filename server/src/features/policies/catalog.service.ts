/**
 * The matching catalog (shared/domain/matching) of one database, built once per process and kept until content
 * changes here (lib/content-events) or, for changes made by other processes, for CACHE_TTL_MS. After that it is
 * rebuilt in the background while requests keep using the old one (at most STALE_MAX_MS old; older, they wait), so a
 * rebuild of 5,000 policies and services never stalls matching. Results computed from a catalog may be memoised on
 * it (`memo`): they go with it when it is replaced.
 */
import type { Catalog, CatalogPolicy, CatalogProvider, MatchResult } from '../../../../shared/domain/matching';
import type { Standard } from '../../../../shared/domain/self-check';
import { ZEligibilityRule } from '../../../../shared/schemas/content';
import type { Db } from '../../db/client';
import type { Deps } from '../../deps';
import { onContentChanged } from '../../lib/content-events';
import { keyedTtlCache, type KeyedCache } from '../../lib/ttl-cache';
import * as repo from './catalog.repo';
import { listStandards } from './policies.repo';
import { districtToday } from './policies.presenter';

const CACHE_TTL_MS = 10_000;
const STALE_MAX_MS = 30_000;
const MEMO_MAX = 10_000;

/** `memo`: match results of this catalog by a caller's key (an application and its version, say). */
export type LoadedCatalog = Catalog & { memo: KeyedCache<MatchResult> };

/** `generation` grows on every clear, so a load begun before a change never installs what it read. */
type Slot = { value?: LoadedCatalog; loadedAt: number; pending?: Promise<LoadedCatalog>; generation: number };

const slots = new WeakMap<object, Slot>();
onContentChanged((db) => {
  const slot = slots.get(db);
  if (slot) Object.assign(slot, { value: undefined, pending: undefined, generation: slot.generation + 1 });
});

async function loadCatalog(deps: Deps, db: Db): Promise<LoadedCatalog> {
  const today = districtToday(deps.clock.now());
  const [policyRows, serviceRows, providerRows, standardRows, names] = await Promise.all([
    repo.catalogPolicies(db, today),
    repo.catalogServices(db),
    repo.catalogProviders(db),
    listStandards(db),
    repo.divisionNames(db),
  ]);
  const policies: CatalogPolicy[] = policyRows.map((row) => {
    const parsed = row.rule === null ? null : ZEligibilityRule.safeParse(row.rule);
    return {
      id: row.id,
      slug: row.slug,
      title: row.title,
      summary: row.summary,
      departmentId: row.departmentId,
      departmentCode: row.departmentCode,
      departmentName: row.departmentName,
      needTiers: row.needTiers,
      targetGroups: row.targetGroups,
      categories: row.categories,
      // a stored rule that no longer parses is left out of the self-check and matched on relevance only
      rule: parsed?.success ? parsed.data : null,
      ruleVersion: parsed?.success ? row.version : null,
      firstStep: row.steps[0]?.title ?? null,
    };
  });
  const providers = new Map<string, CatalogProvider>(
    // open places (null = no limit) drop on an accepted service order and return on its cancellation
    providerRows.map((p) => [p.id, p]),
  );
  const standards = new Map<string, Standard>(
    standardRows.map((s) => [s.key, { key: s.key, value: s.value, unit: s.unit, isSample: s.isSample }]),
  );
  return {
    policies,
    services: serviceRows,
    providers,
    standards,
    divisionNames: new Map(names.map((d) => [d.code, d.name])),
    memo: keyedTtlCache<MatchResult>(deps.clock, CACHE_TTL_MS, MEMO_MAX),
  };
}

function startLoad(deps: Deps, db: Db, slot: Slot): Promise<LoadedCatalog> {
  const generation = slot.generation;
  const pending = loadCatalog(deps, db).then((value) => {
    if (slot.generation === generation) Object.assign(slot, { value, loadedAt: deps.clock.now().getTime() });
    return value;
  });
  const settle = () => {
    if (slot.pending === pending) slot.pending = undefined;
  };
  pending.then(settle, settle);
  slot.pending = pending;
  return pending;
}

/**
 * The cached catalog of `deps.db`. `db`: the handle to load it through when the caller is inside a transaction
 * (on PGlite's single connection, a read outside the open transaction would wait for it forever); a background
 * rebuild always reads through `deps.db` and is never awaited by the caller.
 */
export function matchingCatalog(deps: Deps, db: Db = deps.db): Promise<LoadedCatalog> {
  let slot = slots.get(deps.db);
  if (!slot) slots.set(deps.db, (slot = { loadedAt: 0, generation: 0 }));
  const age = deps.clock.now().getTime() - slot.loadedAt;
  if (slot.value && age < CACHE_TTL_MS) return Promise.resolve(slot.value);
  if (slot.value && age < STALE_MAX_MS) {
    // a failed rebuild is retried by the next request; the old catalog serves meanwhile
    if (!slot.pending) startLoad(deps, deps.db, slot).catch(() => undefined);
    return Promise.resolve(slot.value);
  }
  // inside a transaction, never wait for a load through another handle (PGlite: it would wait for this transaction)
  return slot.pending && db === deps.db ? slot.pending : startLoad(deps, db, slot);
}
