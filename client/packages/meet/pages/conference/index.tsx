import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import type { TConference } from '@shared/schemas/conferences';
import PageShell from '@/components/PageShell';
import StaffGate from '@/components/StaffGate';
import { tapProps } from '@/components/Tappable';
import { usePageQuery } from '@/hooks/usePageQuery';
import { call } from '@/services/api';
import { useSession } from '@/stores/session';
import { DecisionForm, TaskForm } from '../../components/RecordForms';
import TaskCard from '../../components/TaskCard';
import { TASK_ROLES, formatTime } from '../../lib/meet';
import '../../meet.scss';

const caseUrl = (id: string) => `/packages/staff/pages/case/index?id=${id}`;

/** 会商详情: when and where, cases, who takes part, the decisions per case and the follow-up tasks. */
function ConferencePage() {
  const id = useRouter()?.params?.id ?? '';
  const session = useSession();
  const query = usePageQuery(() => call('conferences.get', { id }), [id]);
  const [c, setC] = useState<TConference | null>(null);
  useEffect(() => setC(query.data ?? null), [query.data]);
  return (
    <PageShell className='meet' query={query}>
      {() =>
        c ? (
          <View className='meet__body meet__wide'>
            <View className='meet__card'>
              <Text className='meet__title'>{c.title}</Text>
              <Text className='meet__line'>时间：{formatTime(c.startsAt)}</Text>
              {c.place ? <Text className='meet__line'>地点：{c.place}</Text> : null}
              {c.onlineUrl ? <Text className='meet__line'>线上：{c.onlineUrl}</Text> : null}
              <Text className='meet__line'>召集人：{c.convener.displayName}</Text>
              <Text className='meet__line'>议程：{c.agenda}</Text>
              <Text className='meet__line'>参会：{c.participants.map((p) => p.name).join('、')}</Text>
              <View className='meet__chips'>
                {c.cases.map((k) => (
                  <Text
                    key={k.applicationId}
                    className='meet__chip'
                    {...tapProps(() => void Taro.navigateTo({ url: caseUrl(k.applicationId) }), { role: 'link' })}
                  >
                    案件 {k.refNo}（{k.statusText}）›
                  </Text>
                ))}
              </View>
            </View>
            <View className='meet__columns'>
              <View className='meet__column'>
                <Text className='meet__section'>会商决定</Text>
                {c.decisions.length === 0 ? <Text className='meet__empty'>还没有记录决定</Text> : null}
                {c.decisions.map((d) => (
                  <View key={d.id} className='meet__card meet-decision'>
                    <Text className='meet__line meet__strong'>
                      案件 {d.refNo}：{d.detail}
                    </Text>
                    <Text className='meet__line meet__muted'>居民看到：{d.plainText}</Text>
                    <Text className='meet__line meet__muted'>
                      {d.decidedBy} · {formatTime(d.createdAt)}
                    </Text>
                  </View>
                ))}
                {c.canRecord ? <DecisionForm conference={c} userId={session?.user.id ?? ''} onSaved={setC} /> : null}
              </View>
              <View className='meet__column'>
                <Text className='meet__section'>会后待办</Text>
                {c.tasks.length === 0 ? <Text className='meet__empty'>还没有布置待办</Text> : null}
                {c.tasks.map((t) => (
                  <TaskCard
                    key={t.id}
                    task={t}
                    showSource={false}
                    onChanged={(n) => setC({ ...c, tasks: c.tasks.map((x) => (x.id === n.id ? n : x)) })}
                  />
                ))}
                {c.canRecord ? <TaskForm conference={c} userId={session?.user.id ?? ''} onSaved={setC} /> : null}
              </View>
            </View>
          </View>
        ) : null
      }
    </PageShell>
  );
}

export default function Page() {
  return (
    <StaffGate roles={TASK_ROLES}>
      <ConferencePage />
    </StaffGate>
  );
}
