import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import ActionButton from '@/components/ActionButton';
import Dialog from '@/components/Dialog';
import type { ApplyDraft } from '@/services/draft';
import { STEP_TITLES, stepsFor } from '../model';
import { WHO_OPTIONS, labelOf } from '../options';

type Props = { draft: ApplyDraft; onContinue: () => void; onRestart: () => void };

function savedAt(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return `${date.getMonth() + 1} 月 ${date.getDate()} 日 ${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}

/** Shown when a saved draft exists: continue it, or start again (after confirming). */
export default function ResumePrompt({ draft, onContinue, onRestart }: Props) {
  const [confirming, setConfirming] = useState(false);
  const steps = stepsFor(draft.channel);
  const who = labelOf(WHO_OPTIONS, draft.channel ?? '');
  const when = savedAt(draft.updatedAt);

  return (
    <View className='apply-resume'>
      <Text className='apply-resume__title'>上次还没有填完</Text>
      <Text className='apply-resume__line'>{[who, draft.subjectName].filter(Boolean).join(' · ') || '刚开始填写'}</Text>
      <Text className='apply-resume__line'>
        填到第 {steps.indexOf(draft.step) + 1} 步「{STEP_TITLES[draft.step]}」{when ? `，${when} 保存` : ''}
      </Text>
      <ActionButton className='apply-resume__continue' onTap={onContinue}>
        继续上次填写
      </ActionButton>
      <ActionButton className='apply-resume__restart' kind='plain' onTap={() => setConfirming(true)}>
        重新开始
      </ActionButton>
      <Dialog
        open={confirming}
        title='确定重新开始吗？'
        content='上次填写的内容会被清空'
        actions={[
          { label: '清空，重新开始', kind: 'danger', onTap: onRestart },
          {
            label: '不了，继续填写',
            onTap: () => {
              setConfirming(false);
              onContinue();
            },
          },
        ]}
      />
    </View>
  );
}
