import { Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import type { TTaskList } from '@shared/schemas/conferences';
import PageShell from '@/components/PageShell';
import StaffGate from '@/components/StaffGate';
import { usePageQuery } from '@/hooks/usePageQuery';
import { call } from '@/services/api';
import TaskCard from '../../components/TaskCard';
import { TASK_ROLES } from '../../lib/meet';
import '../../meet.scss';

/** 我的待办: tasks from conferences and joint meetings given to me, my department or my point; the hub also sees escalated ones. */
function TasksPage() {
  const query = usePageQuery(() => call('tasks.mine', {}), []);
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
          <Text className='meet__title'>我的待办</Text>
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
