import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { SelfCheckQuestion } from '@shared/domain/self-check';
import { ZSelfCheckAnswers, type SelfCheckField, type TSelfCheckAnswers } from '@shared/schemas/content';
import type { TSelfCheckResult } from '@shared/schemas/policies';
import ActionButton from '@/components/ActionButton';
import PageShell from '@/components/PageShell';
import { usePageQuery } from '@/hooks/usePageQuery';
import { call } from '@/services/api';
import { toApiError } from '@/services/api-error';
import Intro from './components/Intro';
import Question from './components/Question';
import Results from './components/Results';
import { clearSavedAnswers, readSavedAnswers, writeSavedAnswers } from './saved-answers';
import './index.scss';

type Stage = 'intro' | number | 'results';
const FIELDS = new Set(Object.keys(ZSelfCheckAnswers.shape));

/** Only questions about fields the answers schema knows (a newer server may ask more). */
async function loadQuestions(): Promise<SelfCheckQuestion[]> {
  const { questions } = await call('selfCheck.questions', {});
  return questions.filter((q) => FIELDS.has(q.field)).map((q) => ({ ...q, field: q.field as SelfCheckField }));
}

/** 我能申请什么: one question per screen, then the matching policies with reasons. Answers are not kept unless asked. */
export default function SelfCheckPage() {
  const query = usePageQuery(loadQuestions);
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
      {(questions) => {
        const answer = (index: number) => (value: TSelfCheckAnswers[SelfCheckField]) => {
          const { [questions[index]!.field]: _old, ...rest } = answers;
          const next: TSelfCheckAnswers = value === undefined ? rest : { ...rest, [questions[index]!.field]: value };
          setAnswers(next);
          if (index + 1 < questions.length) setStage(index + 1);
          else void run(next, false);
        };
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
                onStart={() => setStage(0)}
              />
            ) : null}
            {typeof stage === 'number' && questions[stage] ? (
              <Question
                question={questions[stage]!}
                index={stage}
                total={questions.length}
                value={answers[questions[stage]!.field]}
                onAnswer={answer(stage)}
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
                    onEdit={() => setStage(0)}
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
