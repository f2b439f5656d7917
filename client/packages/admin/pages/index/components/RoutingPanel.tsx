import { Text } from '@tarojs/components';
import { useState } from 'react';
import { CATEGORIES, CATEGORY_LABELS, URGENCY_LABELS, type Category } from '@shared/domain/categories';
import ActionButton from '@/components/ActionButton';
import { Choice, Field } from '@/components/StaffForm';
import { usePageQuery } from '@/hooks/usePageQuery';
import { call } from '@/services/api';
import { toApiError } from '@/services/api-error';
import {
  errorsFromPaths,
  fromRoutingForm,
  toRoutingForm,
  type RoutingForm,
  type RoutingFormErrors,
} from '@/packages/admin/lib/routing-form';
import ResolveDeadlineFields from './ResolveDeadlineFields';
import Section from './Section';

type Deadline = { hours?: number; workingDays?: number };

/** The deadlines of the rules in words ("一般 3 个工作日，…"), or null when the rules do not have that shape. */
export function deadlineSummary(rules: unknown): string | null {
  const d = (rules as { deadlines?: Partial<Record<keyof typeof URGENCY_LABELS, Deadline>> } | null)?.deadlines;
  if (!d || typeof d !== 'object') return null;
  const parts = (Object.keys(URGENCY_LABELS) as (keyof typeof URGENCY_LABELS)[]).flatMap((k) => {
    const v = d[k];
    if (!v) return [];
    return [`${URGENCY_LABELS[k]} ${v.workingDays ? `${v.workingDays} 个工作日` : `${v.hours ?? '?'} 小时`}`];
  });
  return parts.length ? `办理期限：${parts.join('，')}` : null;
}

const YES_NO = [
  { value: 'yes', label: '马上通知' },
  { value: 'no', label: '不单独通知' },
] as const;

/** 分派规则 as a form: deadlines, departments per kind of need, distance, alerts, advice; publishing makes a version. */
export default function RoutingPanel() {
  const query = usePageQuery(async () => {
    const [current, departments] = await Promise.all([call('admin.routing.get', {}), call('departments.list', {})]);
    return { current, departments: departments.items };
  });
  const [form, setForm] = useState<RoutingForm>();
  const [errors, setErrors] = useState<RoutingFormErrors>({});
  const [general, setGeneral] = useState<string>();
  const [done, setDone] = useState<string>();
  const [busy, setBusy] = useState(false);

  const publish = async (value: RoutingForm) => {
    setDone(undefined);
    setGeneral(undefined);
    const checked = fromRoutingForm(value);
    if (!checked.ok) {
      setErrors(checked.errors);
      setGeneral('有几项没有填对，请看红字修改后再发布。');
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const next = await call('admin.routing.set', { rules: checked.rules });
      setForm(toRoutingForm(next.rules));
      setDone(`已发布第 ${next.version} 版，新的申请从现在起按新规则分派`);
      void query.reload();
    } catch (caught) {
      const failure = toApiError(caught);
      const fieldErrors = errorsFromPaths(failure.details);
      setErrors(fieldErrors);
      setGeneral(Object.keys(fieldErrors).length ? '有几项没有通过检查，请看红字修改后再发布。' : failure.message);
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
      {({ current, departments }) => {
        const value = form ?? toRoutingForm(current.rules);
        const set = (patch: Partial<RoutingForm>) => setForm({ ...value, ...patch });
        const toggle = (c: Category, code: string) => {
          const chosen = value.departments[c] ?? [];
          const next = chosen.includes(code) ? chosen.filter((x) => x !== code) : [...chosen, code];
          set({ departments: { ...value.departments, [c]: next } });
        };
        const options = departments.map((d) => ({ value: d.code, label: d.name }));
        const summary = deadlineSummary(current.rules);
        return (
          <>
            <Text className='routing__version'>当前是第 {current.version} 版</Text>
            {summary ? <Text className='routing__summary'>{summary}</Text> : null}

            <Text className='routing__group'>受理期限</Text>
            <Field
              name='emergency-hours'
              label='非常紧急：几小时内受理'
              type='number'
              value={value.emergencyHours}
              error={errors.emergencyHours}
              onChange={(v) => set({ emergencyHours: v })}
            />
            <Field
              name='hub-hours'
              label='非常紧急没人受理时：转到区里后几小时内受理'
              type='number'
              value={value.hubHours}
              error={errors.hubHours}
              onChange={(v) => set({ hubHours: v })}
            />
            <Field
              name='urgent-hours'
              label='比较急：几小时内受理'
              type='number'
              value={value.urgentHours}
              error={errors.urgentHours}
              onChange={(v) => set({ urgentHours: v })}
            />
            <Field
              name='normal-days'
              label='一般：几个工作日内受理'
              type='number'
              value={value.normalWorkingDays}
              error={errors.normalWorkingDays}
              onChange={(v) => set({ normalWorkingDays: v })}
            />

            <ResolveDeadlineFields value={value} errors={errors} set={set} />

            <Text className='routing__group'>按位置分派</Text>
            <Field
              name='distance'
              label='定位在多少米以内，交给最近的服务点'
              type='number'
              hint='超出这个距离，由区里先核实位置再分派'
              value={value.maxDistanceMetres}
              error={errors.maxDistanceMetres}
              onChange={(v) => set({ maxDistanceMetres: v })}
            />
            <Choice
              label='有非常紧急的求助时，马上通知街道站点吗？'
              options={YES_NO}
              value={value.alertStation ? 'yes' : 'no'}
              onChange={(v) => set({ alertStation: v === 'yes' })}
            />
            <Field
              name='advice'
              label='地址不在西湖区时，给申请人的提示'
              multiline
              maxlength={200}
              value={value.advice}
              error={errors.advice}
              onChange={(v) => set({ advice: v })}
            />

            <Text className='routing__group'>每类困难建议转介的部门（每类最多 4 个）</Text>
            {CATEGORIES.map((c) => (
              <Choice
                key={c}
                label={CATEGORY_LABELS[c]}
                options={options}
                value={value.departments[c] ?? []}
                error={errors[`departments.${c}`]}
                onChange={(code) => toggle(c, code)}
              />
            ))}

            {general ? <Text className='staff-field__error routing__general'>{general}</Text> : null}
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
