import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import type { TTaskList } from '@shared/schemas/conferences';
import { tapProps } from '@/components/Tappable';
import { call } from '@/services/api';
import './MyTasks.scss';

const TASKS_PAGE = '/packages/meet/pages/tasks/index';
const dayText = (ymd: string) => `${Number(ymd.slice(5, 7))} 月 ${Number(ymd.slice(8, 10))} 日`;

/** 我的待办 on the workbench: the first few open tasks from conferences and meetings, overdue ones marked. */
export default function MyTasks() {
  const [list, setList] = useState<TTaskList | null>(null);
  useEffect(() => {
    call('tasks.mine', {})
      .then(setList)
      .catch(() => setList(null));
  }, []);
  if (!list || (list.items.length === 0 && list.escalated.length === 0)) return null;
  const open = () => void Taro.navigateTo({ url: TASKS_PAGE });
  return (
    <View className='my-tasks'>
      <View className='my-tasks__head' {...tapProps(open, { role: 'link' })}>
        <Text className='my-tasks__title'>我的待办（{list.items.length}）</Text>
        <Text className='my-tasks__more'>全部 ›</Text>
      </View>
      {list.items.slice(0, 3).map((t) => (
        <Text key={t.id} className={`my-tasks__item${t.overdue ? ' my-tasks__item--overdue' : ''}`} {...tapProps(open)}>
          {t.overdue ? '【已超期】' : ''}
          {t.title} · {dayText(t.dueOn)}前
        </Text>
      ))}
      {list.escalated.length ? (
        <Text className='my-tasks__item my-tasks__item--overdue' {...tapProps(open)}>
          全区超期上报的待办 {list.escalated.length} 项
        </Text>
      ) : null}
    </View>
  );
}
