import { Text, View } from '@tarojs/components';
import type { TStaffCaseDetail } from '@shared/schemas/cases';
import {
  CHANNEL_LABELS,
  categoryLabel,
  needTierLabel,
  relationshipLabel,
  targetGroupLabel,
} from '@/packages/staff/lib/format';
import { REVEAL_LABELS, type RevealField } from './RevealSheet';
import { tapProps } from '@/components/Tappable';

type Props = {
  detail: TStaffCaseDetail;
  revealed: Partial<Record<RevealField, string | null>>;
  onReveal: (field: RevealField) => void;
};

function Row({ label, children }: { label: string; children: string }) {
  return (
    <View className='case-info__row'>
      <Text className='case-info__label'>{label}</Text>
      <Text className='case-info__value'>{children}</Text>
    </View>
  );
}

/** Who and what: personal data masked, each with 查看完整信息 (reason required). */
export default function CaseInfo({ detail, revealed, onReveal }: Props) {
  // a neighbour's lead: the reporter's phone is never shown masked; only the assigned unit may reveal it
  const masked: Record<RevealField, string | null> = {
    idNumber: detail.idNumberMasked,
    phone: detail.phoneMasked,
    referrerPhone: '回电邻居时查看',
    applicantPhone: detail.applicant?.phoneMasked ?? null,
  };
  const place = [detail.streetName, detail.communityName].filter(Boolean).join(' · ');
  const relation = relationshipLabel(detail.relationship);

  const sensitive = (field: RevealField) => {
    const shown = revealed[field];
    const value = shown !== undefined ? (shown ?? '没有登记') : masked[field];
    if (!value) return <Row label={REVEAL_LABELS[field]}>没有登记</Row>;
    return (
      <View className='case-info__row'>
        <Text className='case-info__label'>{REVEAL_LABELS[field]}</Text>
        <Text className={`case-info__value case-info__value--${field}`}>{value}</Text>
        {shown !== undefined ? (
          <Text className='case-info__note'>已记录查看原因</Text>
        ) : (
          <Text className='case-info__reveal' {...tapProps(() => onReveal(field))}>
            查看完整信息
          </Text>
        )}
      </View>
    );
  };

  return (
    <View className='case-info'>
      <Text className='case-section__title'>基本情况</Text>
      {detail.detailsWithheld ? <Row label='说明'>本人同意前，姓名、地址和情况只有负责的服务点能看到。</Row> : null}
      <Row label='姓名'>{detail.subjectName}</Row>
      {sensitive('idNumber')}
      {sensitive('phone')}
      {detail.channel === 'referral' && !detail.detailsWithheld ? sensitive('referrerPhone') : null}
      <Row label='来源'>{`${CHANNEL_LABELS[detail.channel]}${relation ? `（申请人是其${relation}）` : ''}`}</Row>
      {detail.applicant ? (
        <Row label='申请人'>{`${detail.applicant.displayName || '未留姓名'}${relation ? `（${relation}）` : ''}`}</Row>
      ) : null}
      {detail.applicant ? sensitive('applicantPhone') : null}
      <Row label='地址'>{detail.address || '未填'}</Row>
      {place ? <Row label='所在'>{place}</Row> : null}
      <Row label='需求类型'>{needTierLabel(detail.needTier)}</Row>
      {detail.categories.length ? <Row label='困难类别'>{detail.categories.map(categoryLabel).join('、')}</Row> : null}
      <Row label='对象类别'>{targetGroupLabel(detail.targetGroup)}</Row>
      <View className='case-info__row case-info__row--block'>
        <Text className='case-info__label'>情况说明</Text>
        <Text className='case-info__text'>{detail.description}</Text>
      </View>
      {detail.attachments.length ? (
        <View className='case-info__row case-info__row--block'>
          <Text className='case-info__label'>材料和照片</Text>
          {detail.attachments.map((a) => (
            <Text key={a.id} className='case-info__file'>
              {a.purpose === 'visit' ? '走访照片' : '申请材料'}：{a.name}({Math.max(1, Math.round(a.bytes / 1024))} KB)
            </Text>
          ))}
        </View>
      ) : null}
    </View>
  );
}
