import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { TApplicationDetail } from '@shared/schemas/applications';
import ActionButton from '@/components/ActionButton';
import { tapProps } from '@/components/Tappable';
import { call } from '@/services/api';
import { toApiError } from '@/services/api-error';
import { formatDateTime } from '@/packages/mine/format';

/** The page of a suggested policy or service. */
const alternativeUrl = (a: { kind: 'policy' | 'service'; slug: string }) =>
  `/packages/content/pages/${a.kind}/index?slug=${encodeURIComponent(a.slug)}`;

type Props = { detail: TApplicationDetail; onDone: (detail: TApplicationDetail) => void; onStale: () => void };

/**
 * The result in plain words (what was decided, why not, other help from the lists), then 问题解决了吗？ while the
 * case waits for the resident, or 还没解决？ within the reopen window once it closed (issue 11.4).
 */
export default function OutcomeCard({ detail, onDone, onStale }: Props) {
  const [busy, setBusy] = useState<'yes' | 'no' | null>(null);
  const o = detail.outcome;
  if (!o && !detail.canConfirm && !detail.canAskReopen) return null;

  const answer = async (solved: boolean) => {
    setBusy(solved ? 'yes' : 'no');
    try {
      const next = await call('applications.confirmResolution', {
        id: detail.id,
        expectedVersion: detail.version ?? 1,
        solved,
      });
      onDone(next);
      void Taro.showToast({ title: solved ? '谢谢您，已结案' : '已请工作人员重新办理', icon: 'none', duration: 2000 });
    } catch (caught) {
      const error = toApiError(caught);
      void Taro.showToast({ title: error.message, icon: 'none', duration: 3000 });
      if (error.code === 'CONFLICT') onStale();
    } finally {
      setBusy(null);
    }
  };

  return (
    <View className='app-detail__card outcome-card'>
      <Text className='app-detail__card-title'>办理结果</Text>
      {o ? (
        <>
          <Text className='outcome-card__headline'>{o.outcomeText}</Text>
          <Text className='app-detail__line outcome-card__decided'>{o.decidedText}</Text>
          {o.reason ? <Text className='app-detail__line outcome-card__reason'>原因：{o.reason}</Text> : null}
          {o.alternatives.length ? (
            <View className='outcome-card__alternatives'>
              <Text className='app-detail__line'>您还可以试试：</Text>
              {o.alternatives.map((a) => (
                <Text
                  key={`${a.kind}:${a.slug}`}
                  className={`outcome-card__alternative outcome-card__alternative--${a.kind}`}
                  {...tapProps(() => void Taro.navigateTo({ url: alternativeUrl(a) }), { role: 'link' })}
                >
                  {a.kind === 'policy' ? '政策' : '服务'}：{a.title}
                </Text>
              ))}
            </View>
          ) : null}
          <Text className='app-detail__hint'>办结时间：{formatDateTime(o.decidedAt)}</Text>
        </>
      ) : null}
      {detail.canConfirm ? (
        <View className='outcome-card__confirm'>
          <Text className='outcome-card__question'>问题解决了吗？</Text>
          <View className='outcome-card__buttons'>
            <ActionButton
              className='outcome-card__yes'
              busy={busy === 'yes'}
              busyText='正在提交…'
              onTap={() => void answer(true)}
            >
              解决了
            </ActionButton>
            <ActionButton
              className='outcome-card__no'
              kind='danger-outline'
              busy={busy === 'no'}
              busyText='正在提交…'
              onTap={() => void answer(false)}
            >
              还没有
            </ActionButton>
          </View>
          {detail.autoCloseAt ? (
            <Text className='app-detail__hint'>{formatDateTime(detail.autoCloseAt)} 前没有回答，会自动结案。</Text>
          ) : null}
        </View>
      ) : detail.canAskReopen ? (
        <View className='outcome-card__confirm'>
          <Text className='outcome-card__question'>问题还没解决？</Text>
          <ActionButton
            className='outcome-card__no'
            kind='danger-outline'
            busy={busy === 'no'}
            busyText='正在提交…'
            onTap={() => void answer(false)}
          >
            请工作人员重新办理
          </ActionButton>
        </View>
      ) : null}
    </View>
  );
}
