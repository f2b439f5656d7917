/**
 * The order of the self-check: after each answer the server says which questions can still change a result
 * (`selfCheck.questions` with the answers so far), and the next one is the first of those not asked yet.
 */
import type { SelfCheckQuestion } from '@shared/domain/self-check';
import { ZSelfCheckAnswers, type SelfCheckField, type TSelfCheckAnswers } from '@shared/schemas/content';
import { call } from '@/services/api';

const FIELDS = new Set(Object.keys(ZSelfCheckAnswers.shape));

/** Only questions about fields the answers schema knows (a newer server may ask more). */
export async function loadQuestions(answers: TSelfCheckAnswers = {}): Promise<SelfCheckQuestion[]> {
  const { questions } = await call('selfCheck.questions', { answers });
  return questions.filter((q) => FIELDS.has(q.field)).map((q) => ({ ...q, field: q.field as SelfCheckField }));
}

/** The first question not asked yet, or null when every question that matters was asked. */
export function nextQuestion(questions: SelfCheckQuestion[], asked: readonly SelfCheckField[]) {
  return questions.find((q) => !asked.includes(q.field)) ?? null;
}
