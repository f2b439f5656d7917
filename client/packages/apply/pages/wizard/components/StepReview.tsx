import { Text, View } from '@tarojs/components';
import { CATEGORY_LABELS } from '@shared/domain/categories';
import { maskIdNumber } from '@shared/domain/identity';
import type { ApplyDraft, StepId } from '@/services/draft';
import { STEP_TITLES, usesAccountPhone, type FlowContext } from '../model';
import {
  CONSENT_METHOD_OPTIONS,
  RELATIONSHIP_OPTIONS,
  TIER_OPTIONS,
  URGENCY_OPTIONS,
  WHO_OPTIONS,
  labelOf,
  targetGroupText,
} from '../options';
import { tapProps } from '@/components/Tappable';

type Props = {
  draft: ApplyDraft;
  ctx: FlowContext;
  onEdit: (step: StepId) => void;
  /** The consent questions follow on the same screen: no summary of them here. */
  withConsent?: boolean;
};

type Row = [label: string, value: string];

function placeText(d: ApplyDraft): string {
  const area = [d.streetName, d.communityName && d.communityName !== '不清楚' ? d.communityName : '']
    .filter(Boolean)
    .join(' ');
  return [area, d.address].filter(Boolean).join('，') + (d.lat !== null ? '（已附上位置）' : '');
}

function sections(d: ApplyDraft, ctx: FlowContext): { step: StepId; rows: Row[] }[] {
  const referral = d.channel === 'referral';
  const person: Row[] = referral
    ? [
        ['称呼', d.subjectName],
        ['您的手机号', d.referrerPhone || '没有留'],
      ]
    : [
        ['姓名', d.subjectName],
        ...(d.channel === 'proxy' ? ([['关系', labelOf(RELATIONSHIP_OPTIONS, d.relationship)]] as Row[]) : []),
        ['身份证号', d.idNumber ? maskIdNumber(d.idNumber) : '没有填'],
        ['手机号', usesAccountPhone(d, ctx) ? `${ctx.accountPhone ?? ''}（登录手机号）` : d.phone || '没有填'],
        ...(d.channel === 'proxy'
          ? ([['本人同意', labelOf(CONSENT_METHOD_OPTIONS, d.subjectConsentMethod)]] as Row[])
          : []),
      ];
  const categories = d.categories.map((c) => CATEGORY_LABELS[c]).join('、');
  const group = targetGroupText(d.targetGroup);
  return [
    { step: 'who', rows: [['申请方式', labelOf(WHO_OPTIONS, d.channel ?? '')]] },
    { step: 'person', rows: person },
    { step: 'address', rows: [['地址', placeText(d)]] },
    ...(referral
      ? []
      : [
          {
            step: 'need' as StepId,
            rows: [
              ['需要的帮助', labelOf(TIER_OPTIONS, d.needTier)],
              ['有关的事', categories || '没有选'],
              ...(group ? ([['自查结果', group]] as Row[]) : []),
              ['着急程度', labelOf(URGENCY_OPTIONS, d.urgency)],
            ] as Row[],
          },
        ]),
    {
      step: 'describe',
      rows: referral
        ? [
            ['看到的情况', d.observed],
            ['着急程度', labelOf(URGENCY_OPTIONS, d.urgency)],
          ]
        : [
            ['困难情况', d.description],
            ['照片', d.attachments.length > 0 ? `${d.attachments.length} 张` : '没有'],
          ],
    },
    {
      step: 'consent',
      rows: [
        ['隐私说明', d.privacyNotice ? '已同意' : '还没有同意'],
        ...(referral ? [] : ([['敏感信息', d.sensitiveData ? '同意使用' : '不同意']] as Row[])),
      ],
    },
  ];
}

/** Step 7: everything on one screen, each part with 修改 that jumps back to its step. */
export default function StepReview({ draft, ctx, onEdit, withConsent = false }: Props) {
  const shown = sections(draft, ctx).filter((section) => !(withConsent && section.step === 'consent'));
  return (
    <View className='apply-step apply-step--review'>
      {shown.map((section) => (
        <View key={section.step} className={`apply-review apply-review--${section.step}`}>
          <View className='apply-review__head'>
            <Text className='apply-review__title'>{STEP_TITLES[section.step]}</Text>
            <Text
              className='apply-review__edit'
              {...tapProps(() => onEdit(section.step), { label: `修改${STEP_TITLES[section.step]}` })}
            >
              修改
            </Text>
          </View>
          {section.rows.map(([label, value]) => (
            <View key={label} className='apply-review__row'>
              <Text className='apply-review__label'>{label}</Text>
              <Text className='apply-review__value'>{value}</Text>
            </View>
          ))}
        </View>
      ))}
    </View>
  );
}
