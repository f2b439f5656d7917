import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { ZReferralRespondRequest, type TOfficerCaseView } from '@shared/schemas/cases';
import ActionButton from '@/components/ActionButton';
import { Choice, Field, Sheet, check, errorsFromIssues, type FieldErrors } from '@/components/StaffForm';
import { call } from '@/services/api';
import { toApiError } from '@/services/api-error';
import { SuggestionList } from '@/components/Suggestions';
import {
  REFERRAL_STATUS_TEXT,
  categoryLabel,
  formatDateTime,
  needTierLabel,
  targetGroupLabel,
  urgencyLabel,
} from '@/packages/staff/lib/format';

type Answer = 'accepted' | 'done';

type Props = { view: TOfficerCaseView; onChange: (view: TOfficerCaseView) => void; onConflict: () => Promise<void> };

function Row({ label, value }: { label: string; value: string }) {
  return (
    <View className='case-info__row'>
      <Text className='case-info__label'>{label}</Text>
      <Text className='case-info__value'>{value}</Text>
    </View>
  );
}

/** A department officer's case: only the fields their department needs, the referral, and 反馈办理情况. */
export default function OfficerView({ view, onChange, onConflict }: Props) {
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<Answer>();
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const choices: Answer[] =
    view.referral.status === 'open' ? ['accepted', 'done'] : view.referral.status === 'accepted' ? ['done'] : [];

  const submit = async () => {
    const checked = check(ZReferralRespondRequest, { id: view.id, status, note });
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      onChange(await call('cases.referralRespond', checked.data));
      setOpen(false);
      setNote('');
      setStatus(undefined);
    } catch (caught) {
      const failure = toApiError(caught);
      setErrors(errorsFromIssues(failure.details));
      setError(failure.message);
      if (failure.code === 'CONFLICT') await onConflict();
    } finally {
      setBusy(false);
    }
  };

  return (
    <View className='officer-view'>
      <View className='case-card-block'>
        <Text className='case-section__title'>转介给{view.referral.department.name}</Text>
        <Row label='转介状态' value={REFERRAL_STATUS_TEXT[view.referral.status]} />
        <Row label='转介时间' value={formatDateTime(view.referral.createdAt)} />
        <View className='case-info__row case-info__row--block'>
          <Text className='case-info__label'>转介事由</Text>
          <Text className='case-info__text'>{view.referral.note}</Text>
        </View>
      </View>
      <View className='case-card-block'>
        <Text className='case-section__title'>办理需要的信息</Text>
        <Row label='姓名' value={view.subjectName} />
        {view.idNumberMasked !== undefined ? <Row label='身份证号' value={view.idNumberMasked ?? '没有登记'} /> : null}
        {view.ageYears !== undefined ? (
          <Row label='年龄' value={view.ageYears === null ? '不清楚' : `${view.ageYears} 岁`} />
        ) : null}
        <Row label='所在' value={[view.streetName, view.communityName].filter(Boolean).join(' · ') || '未填'} />
        {view.address !== undefined ? <Row label='地址' value={view.address} /> : null}
        <Row label='紧急程度' value={urgencyLabel(view.urgency)} />
        <Row label='需求类型' value={needTierLabel(view.needTier)} />
        {view.categories.length ? <Row label='困难类别' value={view.categories.map(categoryLabel).join('、')} /> : null}
        {view.targetGroup !== undefined ? <Row label='对象类别' value={targetGroupLabel(view.targetGroup)} /> : null}
        <View className='case-info__row case-info__row--block'>
          <Text className='case-info__label'>情况说明</Text>
          <Text className='case-info__text'>{view.description}</Text>
        </View>
        <Text className='officer-view__privacy'>只显示本部门办理需要的信息；手机号等不向部门提供。</Text>
      </View>
      <SuggestionList suggestions={view.suggestions} detailed title='本部门可以提供的政策和服务' />
      {choices.length ? (
        <ActionButton className='officer-view__respond' onTap={() => setOpen(true)}>
          反馈办理情况
        </ActionButton>
      ) : (
        <Text className='case-actions__none'>本部门已办完这条转介</Text>
      )}
      {open ? (
        <Sheet
          name='respond'
          title='反馈办理情况'
          intro='服务站点的工作人员会看到您的反馈。'
          error={error}
          busy={busy}
          submitText='提交反馈'
          onSubmit={() => void submit()}
          onCancel={() => setOpen(false)}
        >
          <Choice
            label='办理进度'
            options={choices.map((c) => ({ value: c, label: c === 'accepted' ? '已接收，正在办理' : '已办完' }))}
            value={status}
            onChange={setStatus}
            error={errors.status ? '请选择办理进度' : undefined}
          />
          <Field
            name='note'
            label='办理情况'
            multiline
            maxlength={500}
            value={note}
            onChange={setNote}
            error={errors.note}
            placeholder='例如：已核实，医疗救助下周发放'
          />
        </Sheet>
      ) : null}
    </View>
  );
}
