import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import type { TTaskList } from '@shared/schemas/conferences';
import PageShell from '@/components/PageShell';
import StaffGate from '@/components/StaffGate';
import { tapProps } from '@/components/Tappable';
import { usePageQuery } from '@/hooks/usePageQuery';
import { call } from '@/services/api';
import TaskCard from '../../components/TaskCard';
import { CONFERENCE_ROLES, CONFERENCES_PAGE, TASK_ROLES } from '../../lib/meet';
import { useSession } from '@/stores/session';
import '../../meet.scss';

/** 我的待办: tasks from conferences and joint meetings given to me, my department or my point; the hub also sees escalated ones. */
function TasksPage() {
  const query = usePageQuery(() => call('tasks.mine', {}), []);
  const session = useSession();
  const seesConferences = Boolean(session?.user.roles.some((r) => CONFERENCE_ROLES.includes(r)));
  const [list, setList] = useState<TTaskList | null>(null);
  useEffect(() => setList(query.data ?? null), [query.data]);
  const replace = (task: TTaskList['items'][number]) =>
    setList((prev) =>
      prev
        ? {
            items: prev.items.map((i) => (i.id === task.id ? task : i)),
            escalated: prev.escalated.map((i) => (i.id === task.id ? task : i)),
          }
        : prev,
    );
  return (
    <PageShell className='meet' query={query}>
      {() => (
        <View className='meet__body'>
          <View className='meet__row'>
            <Text className='meet__title'>我的待办</Text>
            {seesConferences ? (
              <Text className='meet__chip' {...tapProps(() => void Taro.navigateTo({ url: CONFERENCES_PAGE }))}>
                会商安排 ›
              </Text>
            ) : null}
          </View>
          <Text className='meet__hint'>会商和联席会议布置给您、您的部门或服务点的事，办完请点“办完了”。</Text>
          {list?.items.length === 0 ? <Text className='meet__empty'>现在没有待办，辛苦了</Text> : null}
          {list?.items.map((t) => (
            <TaskCard key={t.id} task={t} onChanged={replace} />
          ))}
          {list?.escalated.length ? (
            <>
              <Text className='meet__section'>超期上报（全区）</Text>
              {list.escalated.map((t) => (
                <TaskCard key={t.id} task={t} onChanged={replace} />
              ))}
            </>
          ) : null}
        </View>
      )}
    </PageShell>
  );
}

export default function Page() {
  return (
    <StaffGate roles={TASK_ROLES}>
      <TasksPage />
    </StaffGate>
  );
}
