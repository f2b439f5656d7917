import { Text, View } from '@tarojs/components';
import type { TMeetingProposal } from '@shared/schemas/meetings';
import TaskCard from './TaskCard';
import { formatMonth } from '../lib/meet';

/** 上次会议事项办理情况: what became of the last meeting's action items, shown before anything else. */
export default function Previous({ previous }: { previous: TMeetingProposal['previous'] }) {
  if (!previous) return <Text className='meet__empty'>这是第一次联席会议，没有上次的事项。</Text>;
  const done = previous.actions.filter((a) => a.status === 'done').length;
  return (
    <View className='meet__card meet-previous'>
      <Text className='meet__section'>上次会议（{formatMonth(previous.month)}）事项办理情况</Text>
      <Text className='meet__line'>
        共 {previous.actions.length} 项，已完成 {done} 项，还有 {previous.actions.length - done} 项没办完。
      </Text>
      {previous.actions.map((a) => (
        <TaskCard key={a.id} task={a} showSource={false} />
      ))}
    </View>
  );
}
