import { Text } from '@tarojs/components';
import { useState } from 'react';
import { ZCaseReferRequest } from '@shared/schemas/cases';
import { Choice, Field, Sheet } from '@/components/StaffForm';
import { usePageQuery } from '@/hooks/usePageQuery';
import { call } from '@/services/api';
import { useActionForm, type ActionHost } from './useActionForm';

type Props = { host: ActionHost; suggested: string[] };

/** 转介部门: one of the 幸福联盟 departments (suggested ones first) and why. */
export default function ReferForm({ host, suggested }: Props) {
  const [code, setCode] = useState<string>();
  const [note, setNote] = useState('');
  const departments = usePageQuery(() => call('departments.list', {}));
  const form = useActionForm(host, 'cases.referDepartment', ZCaseReferRequest);
  const items = [...(departments.data?.items ?? [])].sort(
    (a, b) => Number(suggested.includes(b.code)) - Number(suggested.includes(a.code)),
  );

  return (
    <Sheet
      name='refer'
      title='转介部门'
      intro='转介后，部门联络员能看到办理需要的信息，并反馈办理情况。'
      error={form.error ?? departments.error?.message}
      busy={form.busy}
      submitText='确认转介'
      onSubmit={() => void form.submit({ departmentCode: code ?? '', note }, '已转介')}
      onCancel={host.onClose}
    >
      {departments.loading && !departments.data ? <Text className='staff-field__hint'>正在读取部门名单…</Text> : null}
      <Choice
        label='转介给哪个部门'
        options={items.map((d) => ({
          value: d.code,
          label: d.name,
          note: suggested.includes(d.code) ? '系统建议' : undefined,
        }))}
        value={code}
        onChange={setCode}
        error={form.errors.departmentCode ? '请选择一个部门' : undefined}
      />
      <Field
        name='note'
        label='转介事由'
        multiline
        maxlength={500}
        value={note}
        onChange={setNote}
        error={form.errors.note}
        placeholder='例如：住院费用高，请医保局核实医疗救助'
      />
    </Sheet>
  );
}
