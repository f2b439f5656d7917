import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { ZClaimSubjectRequest } from '@shared/schemas/applications';
import ActionButton from '@/components/ActionButton';
import FormField from '@/components/FormField';
import FormInput from '@/components/FormInput';
import PageShell from '@/components/PageShell';
import { call } from '@/services/api';
import { toApiError } from '@/services/api-error';
import './index.scss';

type Errors = { refNo?: string; code?: string; form?: string };

/**
 * 输入确认码: a relative applied for me; staff phoned me and read out the reference number and a 6-digit code.
 * Entering both links the application to my account, so I can follow it and withdraw my consent.
 */
export default function ClaimPage() {
  const [refNo, setRefNo] = useState('');
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const parsed = ZClaimSubjectRequest.safeParse({ refNo, code });
    if (!parsed.success) {
      const next: Errors = {};
      for (const issue of parsed.error.issues) next[issue.path[0] === 'refNo' ? 'refNo' : 'code'] ??= issue.message;
      setErrors(next);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const detail = await call('applications.claimSubject', parsed.data);
      void Taro.redirectTo({ url: `/packages/mine/pages/application/index?id=${detail.id}` });
    } catch (caught) {
      const failure = toApiError(caught);
      setErrors({
        refNo: failure.fieldMessage('refNo'),
        code: failure.fieldMessage('code'),
        form: failure.details?.length ? undefined : failure.message,
      });
      setBusy(false);
    }
  };

  return (
    <PageShell className='claim'>
      <View className='claim__card'>
        <Text className='claim__hint'>
          家人替您申请了帮助，工作人员打电话时会告诉您受理编号和 6 位确认码。填好后，您就能在这里看到这份申请。
        </Text>
        <FormField label='受理编号' hint='例如：XH261129-7KQ3' error={errors.refNo} name='refNo'>
          <FormInput value={refNo} maxlength={20} invalid={Boolean(errors.refNo)} onChange={setRefNo} />
        </FormField>
        <FormField label='确认码' hint='6 位数字，24 小时内有效' error={errors.code} name='code'>
          <FormInput value={code} type='number' maxlength={6} invalid={Boolean(errors.code)} onChange={setCode} />
        </FormField>
        {errors.form ? <Text className='claim__error'>! {errors.form}</Text> : null}
        <ActionButton busy={busy} busyText='正在确认…' onTap={() => void submit()}>
          确认
        </ActionButton>
      </View>
    </PageShell>
  );
}
