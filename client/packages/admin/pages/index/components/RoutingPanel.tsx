import { Text } from '@tarojs/components';
import { useState } from 'react';
import ActionButton from '@/components/ActionButton';
import { Field } from '@/components/StaffForm';
import { usePageQuery } from '@/hooks/usePageQuery';
import { call } from '@/services/api';
import { toApiError } from '@/services/api-error';
import Section from './Section';

type Deadline = { hours?: number; workingDays?: number };
const URGENCY_WORDS = { normal: '一般', urgent: '比较急', emergency: '非常紧急' } as const;

/** The deadlines of the rules in words ("一般 3 个工作日,…"), or null when the rules do not have that shape. */
export function deadlineSummary(rules: unknown): string | null {
  const d = (rules as { deadlines?: Partial<Record<keyof typeof URGENCY_WORDS, Deadline>> } | null)?.deadlines;
  if (!d || typeof d !== 'object') return null;
  const parts = (Object.keys(URGENCY_WORDS) as (keyof typeof URGENCY_WORDS)[]).flatMap((k) => {
    const v = d[k];
    if (!v) return [];
    return [`${URGENCY_WORDS[k]} ${v.workingDays ? `${v.workingDays} 个工作日` : `${v.hours ?? '?'} 小时`}`];
  });
  return parts.length ? `办理期限：${parts.join(',')}` : null;
}

/** 分派规则: the current version as editable JSON; publishing makes a new version (old ones stay for audit). */
export default function RoutingPanel() {
  const query = usePageQuery(() => call('admin.routing.get', {}));
  const [text, setText] = useState<string>();
  const [issues, setIssues] = useState<string[]>([]);
  const [done, setDone] = useState<string>();
  const [busy, setBusy] = useState(false);

  const publish = async (current: string) => {
    setDone(undefined);
    let rules: unknown;
    try {
      rules = JSON.parse(current);
    } catch (e) {
      setIssues([`格式不对，没有发布：${e instanceof Error ? e.message : '无法读取'}。请检查括号、引号和逗号。`]);
      return;
    }
    setBusy(true);
    try {
      const next = await call('admin.routing.set', { rules });
      setIssues([]);
      setText(JSON.stringify(next.rules, null, 2));
      setDone(`已发布第 ${next.version} 版，新的申请从现在起按新规则分派`);
      void query.reload();
    } catch (caught) {
      const failure = toApiError(caught);
      setIssues(failure.details.length ? failure.details.map((d) => `${d.field}:${d.message}`) : [failure.message]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Section
      title='分派规则'
      intro='决定求助分到哪个站点、办理期限多长、建议转介哪个部门。发布后生成新版本，旧版本保留。'
      query={query}
    >
      {(current) => {
        const value = text ?? JSON.stringify(current.rules, null, 2);
        return (
          <>
            <Text className='routing__version'>当前是第 {current.version} 版</Text>
            {deadlineSummary(current.rules) ? (
              <Text className='routing__summary'>{deadlineSummary(current.rules)}</Text>
            ) : null}
            <Field name='rules' label='规则内容(JSON)' multiline maxlength={100000} value={value} onChange={setText} />
            {issues.map((i) => (
              <Text key={i} className='staff-field__error'>
                {i}
              </Text>
            ))}
            {done ? <Text className='routing__done'>{done}</Text> : null}
            <ActionButton
              className='routing__publish'
              busy={busy}
              busyText='正在发布…'
              onTap={() => void publish(value)}
            >
              发布新版本
            </ActionButton>
          </>
        );
      }}
    </Section>
  );
}
