import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { SELF_CHECK_BAND_LABELS } from '@shared/domain/self-check';
import { newServiceOrderPath, suggestionPath } from '@shared/domain/matching/links';
import type { TSuggestion, TSuggestions } from '@shared/schemas/matching';
import ActionButton from '@/components/ActionButton';
import { call } from '@/services/api';
import './index.scss';
import { tapProps } from '@/components/Tappable';

const go = (url: string) => void Taro.navigateTo({ url });

/** One policy or service: what it is, why it fits, how to apply, and where to read more. */
function Item({ s, detailed, onOrder }: { s: TSuggestion; detailed: boolean; onOrder?: () => void }) {
  const reasons = detailed ? s.reasons : s.reasons.slice(0, 2);
  return (
    <View className='suggestions__item'>
      <View className='suggestions__head'>
        <Text className='suggestions__name'>{s.title}</Text>
        <Text className={`suggestions__band suggestions__band--${s.band}`}>{SELF_CHECK_BAND_LABELS[s.band]}</Text>
      </View>
      {s.providerName ? <Text className='suggestions__meta'>{s.providerName}</Text> : null}
      {reasons.map((r) => (
        <Text key={r} className='suggestions__reason'>
          {`· ${r}`}
        </Text>
      ))}
      {detailed
        ? s.unknowns.map((u) => (
            <Text key={u} className='suggestions__unknown'>
              {`· ${u}`}
            </Text>
          ))
        : null}
      <Text className='suggestions__how'>怎么申请：{s.howToApply}</Text>
      <View className='suggestions__actions'>
        <Text className='suggestions__link' {...tapProps(() => go(suggestionPath(s)))}>
          {s.kind === 'policy' ? '看政策详情' : '看服务详情'}
        </Text>
        {onOrder ? (
          <ActionButton className='suggestions__order' onTap={onOrder}>
            开服务单
          </ActionButton>
        ) : null}
      </View>
    </View>
  );
}

type ListProps = {
  suggestions: TSuggestions;
  /** Staff: every reason and what is still unknown; residents: the two main reasons. */
  detailed?: boolean;
  /** Staff: each service gets 开服务单 for this case. */
  applicationId?: string;
  title?: string;
};

/** 您可能还可以申请: policies, then services, each with why it fits and how to apply. Nothing when none fit. */
export function SuggestionList({ suggestions, detailed = false, applicationId, title }: ListProps) {
  const { policies, services } = suggestions;
  if (policies.length === 0 && services.length === 0) return null;
  return (
    <View className='suggestions'>
      <Text className='suggestions__title'>{title ?? '您可能还可以申请'}</Text>
      <Text className='suggestions__hint'>根据申请里填的情况推荐，能不能享受以工作人员审核为准</Text>
      {policies.length ? <Text className='suggestions__group'>政策</Text> : null}
      {policies.map((s) => (
        <Item key={s.id} s={s} detailed={detailed} />
      ))}
      {services.length ? <Text className='suggestions__group'>服务</Text> : null}
      {services.map((s) => (
        <Item
          key={s.id}
          s={s}
          detailed={detailed}
          onOrder={applicationId ? () => go(newServiceOrderPath(applicationId, s.id)) : undefined}
        />
      ))}
    </View>
  );
}

/** For the resident: loads `applications.suggestions` for their application; shows nothing until, or unless, any fit. */
export default function ApplicationSuggestions({ applicationId }: { applicationId: string }) {
  const [data, setData] = useState<TSuggestions | null>(null);
  useEffect(() => {
    let live = true;
    call('applications.suggestions', { id: applicationId })
      .then((result) => live && setData(result))
      .catch(() => undefined); // a suggestion list is extra: the page stands without it
    return () => {
      live = false;
    };
  }, [applicationId]);
  return data ? <SuggestionList suggestions={data} /> : null;
}
