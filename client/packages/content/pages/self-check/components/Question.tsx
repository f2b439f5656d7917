import { Input, Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import type { TSelfCheckAnswers } from '@shared/schemas/content';
import type { SelfCheckQuestion } from '@shared/domain/self-check';
import ActionButton from '@/components/ActionButton';
import { tapProps } from '@/components/Tappable';

type Value = TSelfCheckAnswers[keyof TSelfCheckAnswers];

type Props = {
  question: SelfCheckQuestion;
  index: number;
  total: number;
  value: Value;
  onAnswer: (value: Value) => void;
  onBack: () => void;
};

/** Checks a typed number against the question's range; returns the number or the message to show. */
export function parseNumberAnswer(question: SelfCheckQuestion, raw: string): number | string {
  const text = raw.trim();
  const min = question.min ?? 0;
  const max = question.max ?? Number.MAX_SAFE_INTEGER;
  const range = `请填 ${min} 到 ${max} 之间的${question.type === 'integer' ? '整数' : '数字'}`;
  if (!/^\d+(\.\d{1,2})?$/.test(text)) return text ? range : '请先填一个数字；不清楚可以点「不清楚，跳过」';
  const n = Number(text);
  if (question.type === 'integer' && !Number.isInteger(n)) return range;
  if (n < min || n > max) return range;
  return n;
}

/** One question per screen, big controls; every question can be skipped ("不清楚"). */
export default function Question({ question, index, total, value, onAnswer, onBack }: Props) {
  const [text, setText] = useState(typeof value === 'number' ? String(value) : '');
  const [error, setError] = useState<string>();

  useEffect(() => {
    setText(typeof value === 'number' ? String(value) : '');
    setError(undefined);
    // reset only when another question is shown; the value follows the typing, not the other way round
    // eslint-disable-next-line react-hooks/exhaustive-deps -- see above
  }, [question.field]);

  const handleNext = () => {
    const parsed = parseNumberAnswer(question, text);
    if (typeof parsed === 'string') {
      setError(parsed);
      return;
    }
    onAnswer(parsed);
  };

  const option = (label: string, answer: Value, selected: boolean) => (
    <View
      key={label}
      className={`self-check__option${selected ? ' self-check__option--on' : ''}`}
      {...tapProps(() => onAnswer(answer), { role: 'radio', checked: selected })}
    >
      <Text>{selected ? `✓ ${label}` : label}</Text>
    </View>
  );

  return (
    <View className='self-check__question'>
      <Text className='self-check__progress'>
        第 {index + 1} 题，共 {total} 题
      </Text>
      <Text className='self-check__q-label'>{question.label}</Text>
      <Text className='self-check__q-help'>{question.help}</Text>
      {question.type === 'boolean' ? (
        <View className='self-check__options'>
          {option('是', true, value === true)}
          {option('不是', false, value === false)}
          {option('不清楚', undefined, false)}
        </View>
      ) : question.type === 'choice' ? (
        <View className='self-check__options'>
          {(question.options ?? []).map((o) => option(o.label, o.value as Value, value === o.value))}
          {option('不清楚', undefined, false)}
        </View>
      ) : (
        <View className='self-check__number'>
          <View className='self-check__input-row'>
            <Input
              className='self-check__input'
              type={question.type === 'money' ? 'digit' : 'number'}
              value={text}
              placeholder='填数字'
              onInput={(e) => setText(e.detail.value)}
              onConfirm={handleNext}
            />
            {question.unit ? <Text className='self-check__unit'>{question.unit}</Text> : null}
          </View>
          {error ? <Text className='self-check__error'>{error}</Text> : null}
          <ActionButton className='self-check__next' onTap={handleNext}>
            {index + 1 === total ? '看结果' : '下一题'}
          </ActionButton>
          {option('不清楚，跳过', undefined, false)}
        </View>
      )}
      {index > 0 ? (
        <Text className='self-check__back' {...tapProps(onBack)}>
          ‹ 上一题
        </Text>
      ) : null}
    </View>
  );
}
