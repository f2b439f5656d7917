import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { NEED_TIER_LABELS, TARGET_GROUP_LABELS } from '@shared/domain/assistance';
import type { THighlight, TPolicySummary } from '@shared/schemas/policies';
import ContentHighlight from '@/components/ContentHighlight';
import { policyUrl } from '@/components/ContentLinks';
import { tapProps } from '@/components/Tappable';

type Props = { policy: TPolicySummary };

const SNIPPET_BEFORE = 16;
const SNIPPET_LENGTH = 70;

/** A window of the body around its first match, with the ranges moved to the window. */
export function bodySnippet(h: THighlight): { text: string; ranges: [number, number][] } {
  const first = h.ranges[0]?.[0] ?? 0;
  const start = Math.max(0, first - SNIPPET_BEFORE);
  const end = Math.min(h.text.length, start + SNIPPET_LENGTH);
  const prefix = start > 0 ? '…' : '';
  const suffix = end < h.text.length ? '…' : '';
  const ranges = h.ranges
    .filter(([s, e]) => e > start && s < end)
    .map(
      ([s, e]) =>
        [Math.max(s, start) - start + prefix.length, Math.min(e, end) - start + prefix.length] as [number, number],
    );
  return { text: `${prefix}${h.text.slice(start, end).replace(/\s+/g, ' ')}${suffix}`, ranges };
}

/** One policy in the list: title and summary with matched words in bold, who it is for, which department. */
export default function PolicyCard({ policy }: Props) {
  const hit = (field: THighlight['field']) => policy.highlights.find((h) => h.field === field);
  const title = hit('title');
  const summary = hit('summary');
  const body = !title && !summary ? hit('body') : undefined;
  const snippet = body ? bodySnippet(body) : null;

  const handleTap = () => {
    void Taro.navigateTo({ url: policyUrl(policy.slug) });
  };

  return (
    <View className='policy-card' {...tapProps(handleTap, { role: 'link' })}>
      <ContentHighlight className='policy-card__title' text={policy.title} ranges={title?.ranges} />
      <ContentHighlight className='policy-card__summary' text={policy.summary} ranges={summary?.ranges} />
      {snippet ? (
        <View className='policy-card__snippet'>
          <Text className='policy-card__snippet-label'>正文提到：</Text>
          <ContentHighlight text={snippet.text} ranges={snippet.ranges} />
        </View>
      ) : null}
      <View className='policy-card__tags'>
        {policy.needTiers.map((tier) => (
          <Text key={tier} className='policy-card__tag'>
            {NEED_TIER_LABELS[tier]}
          </Text>
        ))}
        {policy.targetGroups.slice(0, 3).map((group) => (
          <Text key={group} className='policy-card__tag policy-card__tag--group'>
            {TARGET_GROUP_LABELS[group]}
          </Text>
        ))}
      </View>
      <View className='policy-card__footer'>
        <Text className='policy-card__dept'>{policy.department.name}</Text>
        <Text className='policy-card__more'>看详情 ›</Text>
      </View>
    </View>
  );
}
