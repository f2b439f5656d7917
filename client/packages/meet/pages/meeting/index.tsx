import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { AGENDA_KIND_LABELS } from '@shared/domain/conferences';
import type { TMeeting } from '@shared/schemas/meetings';
import PageShell from '@/components/PageShell';
import StaffGate from '@/components/StaffGate';
import { usePageQuery } from '@/hooks/usePageQuery';
import { call } from '@/services/api';
import MeetingForms from '../../components/MeetingForms';
import Previous from '../../components/Previous';
import TaskCard from '../../components/TaskCard';
import { MEETING_READER_ROLES, formatDay, formatMonth } from '../../lib/meet';
import '../../meet.scss';

/** One joint meeting: first what became of the last meeting's items, then attendees, agenda, decisions, actions. */
function MeetingPage() {
  const id = useRouter()?.params?.id ?? '';
  const query = usePageQuery(() => call('meetings.get', { id }), [id]);
  const [m, setM] = useState<TMeeting | null>(null);
  useEffect(() => setM(query.data ?? null), [query.data]);
  return (
    <PageShell className='meet' query={query}>
      {() =>
        m ? (
          <View className='meet__body meet__wide'>
            <Text className='meet__title'>{formatMonth(m.month)}联席会议</Text>
            <Previous previous={m.previous} />
            <View className='meet__columns'>
              <View className='meet__column'>
                <View className='meet__card'>
                  <Text className='meet__line'>日期：{formatDay(m.heldOn)}</Text>
                  {m.place ? <Text className='meet__line'>地点：{m.place}</Text> : null}
                  <Text className='meet__line'>参会部门：{m.attendees.map((a) => a.name).join('、')}</Text>
                  <Text className='meet__section'>议题</Text>
                  {m.agenda.map((a, i) => (
                    <Text key={i} className='meet__line'>
                      {i + 1}．{a.title}（{AGENDA_KIND_LABELS[a.kind]}）
                    </Text>
                  ))}
                  <Text className='meet__section'>会议决定</Text>
                  {m.decisions.length === 0 ? <Text className='meet__empty'>还没有记录决定</Text> : null}
                  {m.decisions.map((d, i) => (
                    <Text key={d.id} className='meet__line'>
                      {i + 1}．{d.text}
                    </Text>
                  ))}
                </View>
              </View>
              <View className='meet__column'>
                <Text className='meet__section'>会议事项</Text>
                {m.actions.length === 0 ? <Text className='meet__empty'>还没有布置事项</Text> : null}
                {m.actions.map((t) => (
                  <TaskCard
                    key={t.id}
                    task={t}
                    showSource={false}
                    onChanged={(n) => setM({ ...m, actions: m.actions.map((x) => (x.id === n.id ? n : x)) })}
                  />
                ))}
                {m.canEdit ? <MeetingForms meeting={m} onSaved={setM} /> : null}
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
    <StaffGate roles={MEETING_READER_ROLES}>
      <MeetingPage />
    </StaffGate>
  );
}
