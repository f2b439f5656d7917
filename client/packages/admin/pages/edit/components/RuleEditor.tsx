import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { TEligibilityRule } from '@shared/schemas/content';
import type { TStandard } from '@shared/schemas/policies';
import ActionButton from '@/components/ActionButton';
import { call } from '@/services/api';
import { toApiError } from '@/services/api-error';
import {
  RULE_LIMITS,
  emptyCondition,
  fromRuleForm,
  ruleErrorsFrom,
  toRuleForm,
  type ConditionForm,
  type RuleErrors,
  type RuleForm,
} from '@/packages/admin/lib/rule-form';
import ConditionEditor from './ConditionEditor';

type Props = {
  slug: string;
  current: { version: number; rule: TEligibilityRule } | null;
  standards: TStandard[];
};

const without = <T,>(list: T[], i: number) => list.filter((_, j) => j !== i);
const replace = <T,>(list: T[], i: number, item: T) => list.map((x, j) => (j === i ? item : x));

/** 自测规则 of one policy as a form (issue 14.4): saving stores a new version, the old ones stay. */
export default function RuleEditor({ slug, current, standards }: Props) {
  const [form, setForm] = useState<RuleForm>(() => toRuleForm(current?.rule));
  const [version, setVersion] = useState(current?.version ?? null);
  const [errors, setErrors] = useState<RuleErrors>({});
  const [message, setMessage] = useState<{ tone: 'error' | 'done'; text: string }>();
  const [busy, setBusy] = useState(false);

  const save = async () => {
    const checked = fromRuleForm(form);
    if (!checked.ok) {
      setErrors(checked.errors);
      setMessage({ tone: 'error', text: '有几项需要修改，请看红字提示' });
      return;
    }
    setErrors({});
    setMessage(undefined);
    setBusy(true);
    try {
      const saved = await call('admin.policies.setRule', { slug, rule: checked.rule });
      setVersion(saved.ruleVersion);
      setMessage({ tone: 'done', text: `已保存为第 ${saved.ruleVersion ?? ''} 版自测规则，居民自测马上按新规则算` });
    } catch (caught) {
      const failure = toApiError(caught);
      setErrors(ruleErrorsFrom(failure.details));
      setMessage({
        tone: 'error',
        text: failure.code === 'NETWORK' ? '网络不太好，没有保存成功。填写的内容还在，请稍后再试。' : failure.message,
      });
    } finally {
      setBusy(false);
    }
  };

  const setGroup = (gi: number, group: ConditionForm[]) =>
    setForm((f) => ({ ...f, anyOf: group.length ? replace(f.anyOf, gi, group) : without(f.anyOf, gi) }));

  return (
    <View className='admin-edit__body rule-editor'>
      <Text className='rule-editor__title'>自测规则</Text>
      <Text className='rule-editor__intro'>
        {version ? `当前是第 ${version} 版。` : '还没有自测规则，居民自测时不会推荐这项政策。'}
        居民在“我能申请什么”里回答问题后，按这些条件判断是否可能符合。
      </Text>

      <Text className='rule-editor__group'>每一条都要看的条件</Text>
      {form.conditions.map((c, i) => (
        <ConditionEditor
          key={`c${i}`}
          path={`conditions.${i}`}
          title={`第 ${i + 1} 条`}
          value={c}
          errors={errors}
          standards={standards}
          onChange={(next) => setForm((f) => ({ ...f, conditions: replace(f.conditions, i, next) }))}
          onRemove={() => setForm((f) => ({ ...f, conditions: without(f.conditions, i) }))}
        />
      ))}
      {form.conditions.length < RULE_LIMITS.conditions ? (
        <ActionButton
          className='rule-editor__add'
          kind='plain'
          onTap={() => setForm((f) => ({ ...f, conditions: [...f.conditions, emptyCondition()] }))}
        >
          添加一条条件
        </ActionButton>
      ) : (
        <Text className='staff-field__hint'>{`最多 ${RULE_LIMITS.conditions} 条`}</Text>
      )}

      <Text className='rule-editor__group'>几选一的条件组（组里满足任意一条就算满足这一组）</Text>
      {form.anyOf.map((group, gi) => (
        <View key={`g${gi}`} className='rule-editor__any'>
          <Text className='rule-editor__any-title'>{`第 ${gi + 1} 组`}</Text>
          {group.map((c, i) => (
            <ConditionEditor
              key={`g${gi}c${i}`}
              path={`anyOf.${gi}.${i}`}
              title={`第 ${gi + 1} 组第 ${i + 1} 条`}
              value={c}
              errors={errors}
              standards={standards}
              onChange={(next) => setGroup(gi, replace(group, i, next))}
              onRemove={() => setGroup(gi, without(group, i))}
            />
          ))}
          {group.length < RULE_LIMITS.perGroup ? (
            <ActionButton kind='plain' onTap={() => setGroup(gi, [...group, emptyCondition()])}>
              在这一组里添加一条
            </ActionButton>
          ) : null}
        </View>
      ))}
      {form.anyOf.length < RULE_LIMITS.groups ? (
        <ActionButton
          className='rule-editor__add'
          kind='plain'
          onTap={() => setForm((f) => ({ ...f, anyOf: [...f.anyOf, [emptyCondition()]] }))}
        >
          添加一个几选一的组
        </ActionButton>
      ) : null}

      {message ? (
        <Text className={message.tone === 'error' ? 'admin-edit__error' : 'rule-editor__done'}>{message.text}</Text>
      ) : null}
      <ActionButton className='admin-edit__save' busy={busy} busyText='正在保存…' onTap={() => void save()}>
        保存自测规则
      </ActionButton>
    </View>
  );
}
