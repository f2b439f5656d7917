import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { TSubjectCode } from '@shared/schemas/cases';
import { Sheet } from '@/components/StaffForm';
import { call } from '@/services/api';
import { toApiError } from '@/services/api-error';
import { formatDateTime } from '@/packages/staff/lib/format';

type Props = { caseId: string; onClose: () => void };

/**
 * 生成确认码: for a relative's application, once staff reached the person on the phone. The code is shown only
 * here, once; reading it out lets the person see the application in their own mini-program.
 */
export default function SubjectCodeSheet({ caseId, onClose }: Props) {
  const [issued, setIssued] = useState<TSubjectCode>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const issue = async () => {
    setBusy(true);
    setError(undefined);
    try {
      setIssued(await call('cases.subjectCode', { id: caseId }));
    } catch (caught) {
      setError(toApiError(caught).message);
    } finally {
      setBusy(false);
    }
  };

  if (issued) {
    return (
      <Sheet name='subject-code' title='确认码' submitText='我已告诉对方' onSubmit={onClose} onCancel={onClose}>
        <View className='subject-code'>
          <Text className='subject-code__value'>{issued.code}</Text>
          <Text className='staff-sheet__intro'>
            请在电话里告诉本人：打开小程序“我的”，点“输入确认码”，填受理编号 {issued.refNo} 和确认码 {issued.code}。
          </Text>
          <Text className='staff-sheet__intro'>确认码只显示这一次，{formatDateTime(issued.expiresAt)}前有效。</Text>
        </View>
      </Sheet>
    );
  }
  return (
    <Sheet
      name='subject-code'
      title='生成确认码'
      intro='请先打电话联系上本人，再生成确认码读给本人听。本人填了确认码后，才能在小程序里看到这份申请。'
      error={error}
      busy={busy}
      submitText='现在生成'
      onSubmit={() => void issue()}
      onCancel={onClose}
    />
  );
}
