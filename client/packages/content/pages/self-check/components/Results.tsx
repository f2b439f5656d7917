import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { SELF_CHECK_BANDS, SELF_CHECK_BAND_LABELS, type SelfCheckBand } from '@shared/domain/self-check';
import type { TSelfCheckResult } from '@shared/schemas/policies';
import ActionButton from '@/components/ActionButton';
import { policyUrl, suggestCategories, wizardUrl } from '@/components/ContentLinks';

type Match = TSelfCheckResult['matches'][number];

type Props = {
  result: TSelfCheckResult;
  includeUnlikely: boolean;
  busy: boolean;
  onShowUnlikely: () => void;
  onEdit: () => void;
};

const REASON_MARK = { met: '✓', unmet: '✗', unknown: '?' } as const;

/** The wizard link "马上申请" opens for one match: its need tier, target group and categories from the answers. */
export function applyUrlOf(match: Match): string {
  const { needTier, targetGroup, answers } = match.apply;
  return wizardUrl({ from: 'self-check', needTier, targetGroup, categories: suggestCategories(targetGroup, answers) });
}

function ResultCard({ match }: { match: Match }) {
  return (
    <View className={`self-check__result self-check__result--${match.band}`}>
      <Text className={`self-check__band self-check__band--${match.band}`}>{SELF_CHECK_BAND_LABELS[match.band]}</Text>
      <Text className='self-check__result-title'>{match.policy.title}</Text>
      <Text className='self-check__result-dept'>{match.policy.department.name}</Text>
      <View className='self-check__reasons'>
        {match.reasons.map((r, i) => (
          <Text key={i} className={`self-check__reason self-check__reason--${r.kind}`}>
            {REASON_MARK[r.kind]} {r.text}
          </Text>
        ))}
      </View>
      {match.services.length > 0 ? (
        <Text className='self-check__services'>能帮忙的服务：{match.services.map((s) => s.name).join('、')}</Text>
      ) : null}
      <View className='self-check__result-actions'>
        <ActionButton className='self-check__apply' onTap={() => void Taro.navigateTo({ url: applyUrlOf(match) })}>
          马上申请
        </ActionButton>
        <ActionButton
          className='self-check__detail'
          kind='plain'
          onTap={() => void Taro.navigateTo({ url: policyUrl(match.policy.slug) })}
        >
          看政策详情
        </ActionButton>
      </View>
    </View>
  );
}

/** How many matches of a band show before "再看 N 项" (all of the likely ones). */
const FIRST_SHOWN: Record<SelfCheckBand, number> = { likely: 50, possibly: 4, unlikely: 3 };
const BAND_HINTS: Record<SelfCheckBand, string> = {
  likely: '按您的回答，条件基本都符合',
  possibly: '还有些情况要工作人员了解后才知道',
  unlikely: '按您的回答，有的条件不符合；情况有变化可以再问',
};

function BandGroup({ band, matches }: { band: SelfCheckBand; matches: Match[] }) {
  const [expanded, setExpanded] = useState(false);
  if (matches.length === 0) return null;
  const shown = expanded ? matches : matches.slice(0, FIRST_SHOWN[band]);
  return (
    <View className={`self-check__group self-check__group--${band}`}>
      <Text className='self-check__group-title'>
        {SELF_CHECK_BAND_LABELS[band]}（{matches.length} 项）
      </Text>
      <Text className='self-check__group-hint'>{BAND_HINTS[band]}</Text>
      {shown.map((m) => (
        <ResultCard key={m.policy.slug} match={m} />
      ))}
      {shown.length < matches.length ? (
        <ActionButton kind='plain' onTap={() => setExpanded(true)}>
          再看 {matches.length - shown.length} 项
        </ActionButton>
      ) : null}
    </View>
  );
}

/** Matches grouped by band, most likely first, each with its reasons; the server's note; what to do when nothing fits. */
export default function Results({ result, includeUnlikely, busy, onShowUnlikely, onEdit }: Props) {
  const count = (band: SelfCheckBand) => result.matches.filter((m) => m.band === band).length;
  const likely = count('likely');
  const possibly = count('possibly');
  const title =
    likely > 0
      ? `有 ${likely} 项帮助很可能适合您`
      : possibly > 0
        ? `有 ${possibly} 项帮助可能适合您`
        : '暂时没有找到很合适的政策';
  return (
    <View className='self-check__results'>
      <Text className='self-check__results-title'>{title}</Text>
      <Text className='self-check__results-hint'>结果只是参考，最后以工作人员核实为准。</Text>
      {SELF_CHECK_BANDS.map((band) => (
        <BandGroup key={band} band={band} matches={result.matches.filter((m) => m.band === band)} />
      ))}
      {likely + possibly === 0 ? (
        <View className='self-check__none'>
          <Text>没关系，直接说说您的困难，工作人员会帮您看能申请什么。</Text>
          <ActionButton
            className='self-check__ask'
            onTap={() => void Taro.navigateTo({ url: wizardUrl({ from: 'self-check' }) })}
          >
            我要求助
          </ActionButton>
        </View>
      ) : null}
      <Text className='self-check__note'>{result.note}</Text>
      {includeUnlikely ? null : (
        <ActionButton className='self-check__more' kind='plain' busy={busy} onTap={onShowUnlikely}>
          也看看暂不符合的
        </ActionButton>
      )}
      <ActionButton className='self-check__edit' kind='plain' onTap={onEdit}>
        改一改我的回答
      </ActionButton>
    </View>
  );
}
