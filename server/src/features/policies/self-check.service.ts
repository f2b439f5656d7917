/** The eligibility self-check: bands every published policy's current rule against the answers. Nothing is stored. */
import { bandOrder, evaluateRule, SELF_CHECK_QUESTIONS, type Standard } from '../../../../shared/domain/self-check';
import { ZEligibilityRule } from '../../../../shared/schemas/content';
import type { TSelfCheckResult, TSelfCheckRunRequest } from '../../../../shared/schemas/policies';
import type { Deps } from '../../deps';
import { ttlCache, type TtlCache } from '../../lib/ttl-cache';
import * as repo from './policies.repo';
import { districtToday } from './policies.presenter';

/** Rules, standards and linked services change rarely: cached per database for a few seconds (see lib/ttl-cache). */
const CACHE_TTL_MS = 10_000;
const caches = new WeakMap<object, TtlCache<SelfCheckData>>();
type SelfCheckData = Awaited<ReturnType<typeof loadSelfCheckData>>;

async function loadSelfCheckData(deps: Deps) {
  const [rows, standardRows] = await Promise.all([
    repo.publishedWithRules(deps.db, districtToday(deps.clock.now())),
    repo.listStandards(deps.db),
  ]);
  const standards = new Map<string, Standard>(
    standardRows.map((s) => [s.key, { key: s.key, value: s.value, unit: s.unit, isSample: s.isSample }]),
  );
  const parsed = rows.map((row) => {
    const rule = ZEligibilityRule.safeParse(row.rule);
    return { row, rule: rule.success ? rule.data : null }; // a stored rule that no longer parses is skipped, never guessed
  });
  const services = await repo.servicesForPolicies(
    deps.db,
    rows.map((r) => r.slug),
  );
  return { rows: parsed, standards, services };
}

function selfCheckData(deps: Deps): Promise<SelfCheckData> {
  let cache = caches.get(deps.db);
  if (!cache) caches.set(deps.db, (cache = ttlCache<SelfCheckData>(deps.clock, CACHE_TTL_MS)));
  return cache.get(() => loadSelfCheckData(deps));
}

/** Called after admin writes so this process sees its own change at once. */
export function clearSelfCheckCache(deps: Deps): void {
  caches.get(deps.db)?.clear();
}

const NOTE = '自测结果只供参考，不保存您的回答。最终能否享受政策，以工作人员审核为准。';

export function selfCheckQuestions() {
  return { questions: SELF_CHECK_QUESTIONS };
}

/**
 * Matches the answers against published policies (current rule versions, stored standards).
 * Sorted likely → possibly (→ unlikely only when asked), each with reasons, rule version, linked services
 * and what "apply now" pre-fills.
 */
export async function runSelfCheck(deps: Deps, input: TSelfCheckRunRequest): Promise<TSelfCheckResult> {
  const { rows, standards, services } = await selfCheckData(deps);
  const evaluated = rows.flatMap(({ row, rule }) =>
    rule ? [{ row, ...evaluateRule(rule, input.answers, standards) }] : [],
  );
  const shown = evaluated
    .filter((e) => input.includeUnlikely || e.band !== 'unlikely')
    .sort((a, b) => bandOrder(a.band) - bandOrder(b.band));
  return {
    note: NOTE,
    matches: shown.map(({ row, band, reasons }) => ({
      policy: {
        slug: row.slug,
        title: row.title,
        summary: row.summary,
        department: { code: row.departmentCode, name: row.departmentName },
      },
      band,
      reasons,
      ruleVersion: row.version,
      services: services.filter((s) => s.policySlugs.includes(row.slug)).map((s) => ({ slug: s.slug, name: s.name })),
      apply: {
        needTier: row.needTiers[0] ?? 'survival',
        targetGroup: row.targetGroups[0] ?? null,
        answers: input.answers,
      },
    })),
  };
}
