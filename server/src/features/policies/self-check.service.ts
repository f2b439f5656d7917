/**
 * The eligibility self-check: the matching rule (shared/domain/matching) over the published catalog, for answers
 * only. The same rule ranks an application's suggestions, so both agree. Nothing is stored.
 */
import { matchCatalog, personFromAnswers, questionsThatMatter } from '../../../../shared/domain/matching';
import { evaluateRule } from '../../../../shared/domain/self-check';
import type { TSelfCheckAnswers } from '../../../../shared/schemas/content';
import type { TSelfCheckResult, TSelfCheckRunRequest } from '../../../../shared/schemas/policies';
import type { Deps } from '../../deps';
import { contentChanged } from '../../lib/content-events';
import { matchingCatalog } from './catalog.service';

/** Called after admin writes so this process sees its own change at once. */
export function clearSelfCheckCache(deps: Deps): void {
  contentChanged(deps.db);
}

const NOTE = '自测结果只供参考，不保存您的回答。最终能否享受政策，以工作人员审核为准。';

/** The questions whose answer can still change a result, given the answers so far. */
export async function selfCheckQuestions(deps: Deps, answers: TSelfCheckAnswers) {
  return { questions: questionsThatMatter(await matchingCatalog(deps), answers) };
}

/**
 * Policies the answers fit, 很可能符合 (strong matches only) before 可能符合, each by how much it helps; with the
 * reasons, the rule version, the linked services the person is not excluded from, and what "apply now" pre-fills.
 * Policies the answers rule out follow as 暂不符合 only when asked.
 */
export async function runSelfCheck(deps: Deps, input: TSelfCheckRunRequest): Promise<TSelfCheckResult> {
  const catalog = await matchingCatalog(deps);
  const person = personFromAnswers(input.answers);
  const result = matchCatalog(catalog, person, { mode: 'selfCheck' });
  const shown = new Set(result.policies.map((s) => s.slug));
  const bySlug = new Map(catalog.policies.map((p) => [p.slug, p]));
  const linksOf = new Map(catalog.services.map((s) => [s.id, s.policySlugs]));
  const ranked = [
    ...result.policies.map((s) => ({ policy: bySlug.get(s.slug)!, band: s.band })),
    ...(input.includeUnlikely
      ? catalog.policies
          .filter((p) => p.rule && !shown.has(p.slug))
          .map((policy) => ({ policy, band: 'unlikely' as const }))
      : []),
  ];
  return {
    note: NOTE,
    matches: ranked.map(({ policy, band }) => ({
      policy: {
        slug: policy.slug,
        title: policy.title,
        summary: policy.summary,
        department: { code: policy.departmentCode, name: policy.departmentName },
      },
      band,
      reasons: policy.rule ? evaluateRule(policy.rule, person.answers, catalog.standards).reasons : [],
      ruleVersion: policy.ruleVersion ?? 0,
      services: result.services
        .filter((s) => linksOf.get(s.id)?.includes(policy.slug))
        .map((s) => ({ slug: s.slug, name: s.title })),
      apply: {
        needTier: policy.needTiers[0] ?? 'survival',
        targetGroup: policy.targetGroups[0] ?? null,
        answers: input.answers,
      },
    })),
  };
}
