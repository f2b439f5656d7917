import { Text, View } from '@tarojs/components';
import type { TStaffCaseDetail } from '@shared/schemas/cases';
import { OUTCOME_LABELS, formatDateTime } from '@/packages/staff/lib/format';
import { tapProps } from '@/components/Tappable';

type Props = { detail: TStaffCaseDetail; onFollowUp: () => void };

/** What was decided (as the applicant reads it), the resolution deadline, and 记录回访 while the case waits. */
export default function ResolutionBlock({ detail, onFollowUp }: Props) {
  const r = detail.resolution;
  return (
    <View className='case-resolution'>
      {detail.resolveDueAt && !r ? (
        <Text className='case__line'>办结期限：{formatDateTime(detail.resolveDueAt)}</Text>
      ) : null}
      {r ? (
        <>
          <Text className='case__line'>办理结果：{OUTCOME_LABELS[r.outcome] ?? r.outcome}</Text>
          <Text className='case__line case-resolution__decided'>办了什么：{r.decidedText}</Text>
          {r.reason ? <Text className='case__line'>原因：{r.reason}</Text> : null}
          {r.alternatives.length ? (
            <Text className='case__line'>
              其他途径：{r.alternatives.map((a) => `${a.kind === 'policy' ? '政策' : '服务'}「${a.title}」`).join('、')}
            </Text>
          ) : null}
          <Text className='case__hint'>以上内容申请人会看到</Text>
        </>
      ) : null}
      {detail.status === 'resolved' ? (
        <View className='case-resolution__follow'>
          <Text className='case__hint'>等申请人确认问题是否解决；也可以打电话回访。</Text>
          <Text className='case-info__reveal case-resolution__follow-up' {...tapProps(onFollowUp)}>
            记录回访
          </Text>
        </View>
      ) : null}
    </View>
  );
}
