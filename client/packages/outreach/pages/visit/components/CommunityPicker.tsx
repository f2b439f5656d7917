import { Text, View } from '@tarojs/components';
import { useEffect } from 'react';
import { streetCodeOf } from '@shared/domain/divisions';
import type { TMembership } from '@shared/schemas/auth';
import ActionButton from '@/components/ActionButton';
import FormChoice from '@/components/FormChoice';
import { usePageQuery } from '@/hooks/usePageQuery';
import { call } from '@/services/api';

type Props = { memberships: readonly TMembership[]; selected: string; onPick: (code: string) => void };
type Community = { code: string; name: string };

/** The communities a visit may be logged for: a point's own community, every community of a station's street. */
export function scopeOf(memberships: readonly TMembership[]) {
  const own = memberships
    .filter((m) => m.role === 'point_staff' && m.servicePoint)
    .map((m) => m.servicePoint!.divisionCode);
  const stations = memberships
    .filter((m) => m.role === 'station_staff' && m.servicePoint)
    .map((m) => streetCodeOf(m.servicePoint!.divisionCode));
  const streets = [...new Set([...stations, ...own.map(streetCodeOf)])];
  return { own, stations, streets };
}

async function loadCommunities(memberships: readonly TMembership[]): Promise<Community[]> {
  const { own, stations, streets } = scopeOf(memberships);
  const lists = await Promise.all(streets.map((parentCode) => call('divisions.list', { parentCode })));
  return lists
    .flatMap((l) => l.items)
    .filter((d) => stations.includes(streetCodeOf(d.code)) || own.includes(d.code))
    .map((d) => ({ code: d.code, name: d.name }));
}

/** Big options instead of typing a 12-digit code; a single community is chosen for the user. */
export default function CommunityPicker({ memberships, selected, onPick }: Props) {
  const query = usePageQuery(() => loadCommunities(memberships), [memberships]);
  const items = query.data;
  useEffect(() => {
    if (items?.length === 1 && selected !== items[0]!.code) onPick(items[0]!.code);
  }, [items, selected, onPick]);

  if (!items) {
    if (!query.error) return <Text className='visit__note'>正在加载社区…</Text>;
    return (
      <View>
        <Text className='visit__note'>{query.error.message}</Text>
        <ActionButton kind='plain' busy={query.loading} busyText='正在加载…' onTap={() => void query.reload()}>
          重新加载
        </ActionButton>
      </View>
    );
  }
  if (items.length === 0) return <Text className='visit__note'>您的账号还没有负责的社区，请联系管理员。</Text>;
  return (
    <FormChoice
      name='visit-community'
      columns={2}
      options={items.map((c) => ({ value: c.code, label: c.name }))}
      selected={[selected]}
      onToggle={onPick}
    />
  );
}
