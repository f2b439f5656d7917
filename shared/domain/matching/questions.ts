/**
 * Which self-check questions are still worth asking: an unanswered question whose possible answers would change some
 * result (a policy or service appearing, disappearing or changing band). A question no programme depends on, or one
 * already settled by other answers (living alone once the household size is known, the disability grade without a
 * certificate), is skipped.
 */
import type { SelfCheckField, TSelfCheckAnswers } from '../../schemas/content';
import { SELF_CHECK_QUESTIONS, type SelfCheckQuestion } from '../self-check';
import { personFromAnswers } from './facts';
import { matchCatalog } from './rank';
import type { Catalog } from './types';

type AnswerValue = TSelfCheckAnswers[SelfCheckField];

/** Questions that only make sense after another answer. */
const ASK_ONLY_IF: Partial<Record<SelfCheckField, (a: TSelfCheckAnswers) => boolean>> = {
  disabilityGrade: (a) => a.hasDisability === true,
  livesAlone: (a) => a.householdSize === undefined,
};

/** Values on both sides of every threshold the catalog compares this field with. */
function candidates(q: SelfCheckQuestion, catalog: Catalog): AnswerValue[] {
  if (q.type === 'boolean') return [true, false];
  if (q.type === 'choice') return (q.options ?? []).map((o) => o.value as AnswerValue);
  // the household size matters through what follows from it (one person lives alone: facts.ts)
  const points = new Set<number>(q.field === 'householdSize' ? [1, 2] : []);
  for (const p of catalog.policies) {
    for (const c of [...(p.rule?.conditions ?? []), ...(p.rule?.anyOf.flat() ?? [])]) {
      if (c.field !== q.field) continue;
      const standard = c.standard ? catalog.standards.get(c.standard) : undefined;
      const target = standard ? standard.value * (c.factor ?? 1) : c.value;
      if (typeof target === 'number') for (const d of [-1, 0, 1]) points.add(Math.round(target) + d);
    }
  }
  if (q.field === 'age') {
    for (const s of catalog.services) {
      for (const bound of [s.minAge, s.maxAge]) if (bound !== null) for (const d of [-1, 0, 1]) points.add(bound + d);
    }
  }
  const min = q.min ?? Number.NEGATIVE_INFINITY;
  const max = q.max ?? Number.POSITIVE_INFINITY;
  return [...points].filter((v) => v >= min && v <= max);
}

function signature(catalog: Catalog, answers: TSelfCheckAnswers): string {
  const r = matchCatalog(catalog, personFromAnswers(answers), { mode: 'selfCheck' });
  return [...r.policies, ...r.services]
    .map((s) => `${s.kind}:${s.slug}:${s.band}`)
    .sort()
    .join('|');
}

export function questionsThatMatter(catalog: Catalog, answers: TSelfCheckAnswers): SelfCheckQuestion[] {
  const base = signature(catalog, answers);
  return SELF_CHECK_QUESTIONS.filter((q) => {
    if (answers[q.field] !== undefined) return true; // answered: kept so the resident can change it
    if (ASK_ONLY_IF[q.field] && !ASK_ONLY_IF[q.field]!(answers)) return false;
    return candidates(q, catalog).some((v) => signature(catalog, { ...answers, [q.field]: v }) !== base);
  });
}
