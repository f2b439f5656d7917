import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { TTask } from '@shared/schemas/conferences';
import ActionButton from '@/components/ActionButton';
import { tapProps } from '@/components/Tappable';
import { call } from '@/services/api';
import { toApiError } from '@/services/api-error';
import { conferenceUrl, formatDay, meetingUrl } from '../lib/meet';

type Props = { task: TTask; onChanged?: (task: TTask) => void; showSource?: boolean };

/** One follow-up task: what, who, by when, overdue in red, and 办完了 for its owner or whoever gave it. */
export default function TaskCard({ task, onChanged, showSource = true }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const done = async () => {
    setBusy(true);
    setError(undefined);
    try {
      onChanged?.(await call('tasks.done', { id: task.id }));
      void Taro.showToast({ title: '已标记完成', icon: 'none', duration: 1500 });
    } catch (caught) {
      setError(toApiError(caught).message);
    } finally {
      setBusy(false);
    }
  };
  const source = task.source.kind === 'conference' ? conferenceUrl(task.source.id) : meetingUrl(task.source.id);
  const state = task.status === 'done' ? 'done' : task.overdue ? 'overdue' : 'open';
  return (
    <View className={`meet-task meet-task--${state}`}>
      <View className='meet-task__head'>
        <Text className='meet-task__title'>{task.title}</Text>
        <Text className={`meet-task__badge meet-task__badge--${state}`}>
          {state === 'done' ? '已完成' : state === 'overdue' ? (task.escalated ? '已超期，已上报' : '已超期') : '待办'}
        </Text>
      </View>
      <Text className='meet-task__line'>
        负责：{task.owner.name} · {formatDay(task.dueOn)}前完成
      </Text>
      {task.refNo ? <Text className='meet-task__line'>案件：{task.refNo}</Text> : null}
      {showSource ? (
        <Text className='meet-task__link' {...tapProps(() => void Taro.navigateTo({ url: source }), { role: 'link' })}>
          来自：{task.source.title} ›
        </Text>
      ) : null}
      {task.doneNote ? <Text className='meet-task__line'>说明：{task.doneNote}</Text> : null}
      {error ? <Text className='meet-task__error'>{error}</Text> : null}
      {task.canDone ? (
        <ActionButton
          className='meet-task__done'
          kind='plain'
          busy={busy}
          busyText='正在保存…'
          onTap={() => void done()}
        >
          办完了
        </ActionButton>
      ) : null}
    </View>
  );
}
