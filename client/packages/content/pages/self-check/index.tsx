import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { SelfCheckQuestion } from '@shared/domain/self-check';
import type { SelfCheckField, TSelfCheckAnswers } from '@shared/schemas/content';
import type { TSelfCheckResult } from '@shared/schemas/policies';
import ActionButton from '@/components/ActionButton';
import PageShell from '@/components/PageShell';
import { usePageQuery } from '@/hooks/usePageQuery';
import { call } from '@/services/api';
import { toApiError } from '@/services/api-error';
import Intro from './components/Intro';
import Question from './components/Question';
import Results from './components/Results';
import { loadQuestions, nextQuestion } from './flow';
import { clearSavedAnswers, readSavedAnswers, writeSavedAnswers } from './saved-answers';
import './index.scss';
import { countSelfCheck } from '@/services/outreach';

type Stage = 'intro' | number | 'results';

/**
 * 我能申请什么: one question per screen, only those whose answer can still change the result (asked again after each
 * answer), then the matching policies with reasons. Answers are not kept unless asked.
 */
export default function SelfCheckPage() {
  const query = usePageQuery(() => loadQuestions());
  /** The questions asked so far, in order; `stage` indexes it. */
  const [asked, setAsked] = useState<SelfCheckQuestion[]>([]);
  /** Questions still worth asking after the latest answer (null: use the first load). */
  const [open, setOpen] = useState<SelfCheckQuestion[] | null>(null);
  const [stage, setStage] = useState<Stage>('intro');
  const [saved] = useState(readSavedAnswers);
  const [answers, setAnswers] = useState<TSelfCheckAnswers>(saved ?? {});
  const [hasSaved, setHasSaved] = useState(saved !== null);
  const [save, setSave] = useState(saved !== null);
  const [result, setResult] = useState<TSelfCheckResult>();
  const [includeUnlikely, setIncludeUnlikely] = useState(false);
  const [busy, setBusy] = useState(false);
  const [runError, setRunError] = useState<string>();

  const run = async (final: TSelfCheckAnswers, withUnlikely: boolean) => {
    setBusy(true);
    setRunError(undefined);
    setStage('results');
    try {
      const next = await call('selfCheck.run', { answers: final, ...(withUnlikely ? { includeUnlikely: true } : {}) });
      setResult(next);
      setIncludeUnlikely(withUnlikely);
      countSelfCheck();
      if (save) writeSavedAnswers(final);
      else clearSavedAnswers();
      void Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => undefined);
    } catch (error) {
      setRunError(toApiError(error).message);
    } finally {
      setBusy(false);
    }
  };

  const handleForget = () => {
    clearSavedAnswers();
    setHasSaved(false);
    setSave(false);
    setAnswers({});
  };

  return (
    <PageShell className='self-check' query={query}>
      {(initial) => {
        const questions = open ?? initial;
        const start = () => {
          const first = nextQuestion(questions, []);
          if (!first) return void run(answers, false);
          setAsked([first]);
          setStage(0);
        };
        const answer = (index: number) => async (value: TSelfCheckAnswers[SelfCheckField]) => {
          const field = asked[index]!.field;
          const { [field]: _old, ...rest } = answers;
          const next: TSelfCheckAnswers = value === undefined ? rest : { ...rest, [field]: value };
          setAnswers(next);
          const sofar = asked.slice(0, index + 1);
          let remaining = questions;
          try {
            remaining = await loadQuestions(next);
            setOpen(remaining);
          } catch {
            // offline: keep going through the questions known so far
          }
          const following = nextQuestion(
            remaining,
            sofar.map((q) => q.field),
          );
          if (!following) return void run(next, false);
          setAsked([...sofar, following]);
          setStage(index + 1);
        };
        const current = typeof stage === 'number' ? asked[stage] : undefined;
        const total = asked.length + questions.filter((q) => !asked.some((a) => a.field === q.field)).length;
        return (
          <>
            <View className='self-check__header'>
              <Text className='self-check__title'>我能申请什么</Text>
              <Text className='self-check__subtitle'>自己先看看，心里有个数</Text>
            </View>
            {stage === 'intro' ? (
              <Intro
                total={questions.length}
                save={save}
                hasSaved={hasSaved}
                onSaveChange={setSave}
                onForget={handleForget}
                onStart={start}
              />
            ) : null}
            {typeof stage === 'number' && current ? (
              <Question
                question={current}
                index={stage}
                total={total}
                value={answers[current.field]}
                onAnswer={(value) => void answer(stage)(value)}
                onBack={() => setStage(Math.max(0, stage - 1))}
              />
            ) : null}
            {stage === 'results' ? (
              <View className='self-check__result-area'>
                {busy && !result ? <Text className='self-check__busy'>正在帮您查…</Text> : null}
                {runError ? (
                  <View className='self-check__run-error'>
                    <Text>{runError}</Text>
                    <ActionButton busy={busy} busyText='正在查…' onTap={() => void run(answers, includeUnlikely)}>
                      再试一次
                    </ActionButton>
                  </View>
                ) : null}
                {result ? (
                  <Results
                    result={result}
                    includeUnlikely={includeUnlikely}
                    busy={busy}
                    onShowUnlikely={() => void run(answers, true)}
                    onEdit={() => (asked.length ? setStage(0) : start())}
                  />
                ) : null}
              </View>
            ) : null}
          </>
        );
      }}
    </PageShell>
  );
}
