import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { MISSING_KINDS, MISSING_LABELS, type TCompleteness } from '@shared/schemas/points';
import DesktopShell from '@/components/DesktopShell';
import PageShell from '@/components/PageShell';
import StaffGate from '@/components/StaffGate';
import { usePageQuery } from '@/hooks/usePageQuery';
import { call } from '@/services/api';
import { useSession } from '@/stores/session';
import './index.scss';
import { tapProps } from '@/components/Tappable';

type Street = TCompleteness['streets'][number];

const missingLine = (counts: Street['missing']) =>
  MISSING_KINDS.filter((k) => counts[k] > 0)
    .map((k) => `缺${MISSING_LABELS[k]} ${counts[k]}`)
    .join('，') || '都齐了';

function StreetBlock({ street }: { street: Street }) {
  const [open, setOpen] = useState(false);
  const edit = (id: string) => void Taro.navigateTo({ url: `/packages/staff/pages/point/index?id=${id}` });
  return (
    <View className='completeness__street'>
      <View className='completeness__street-head' {...tapProps(() => setOpen(!open))}>
        <Text className='completeness__street-name'>{street.streetName}</Text>
        <Text className='completeness__street-count'>
          {street.complete}/{street.points} 个齐全 {street.incomplete.length > 0 ? (open ? '▲' : '▼') : ''}
        </Text>
        <Text className='completeness__street-missing'>{missingLine(street.missing)}</Text>
      </View>
      {open
        ? street.incomplete.map((p) => (
            <View key={p.id} className='completeness__point' {...tapProps(() => edit(p.id))}>
              <Text className='completeness__point-name'>{p.name}</Text>
              <Text className='completeness__point-missing'>
                缺：{p.missing.map((m) => MISSING_LABELS[m]).join('、')} ›
              </Text>
            </View>
          ))
        : null}
    </View>
  );
}

/** 服务点资料完整度: per street/town, which points still miss a phone, address, location or confirmed hours. */
function CompletenessPage() {
  const query = usePageQuery(() => call('admin.points.completeness', {}));
  const roles = useSession()?.user.roles ?? [];
  const canImport = roles.includes('admin') || roles.includes('hub_staff');
  return (
    <PageShell className='completeness' query={query}>
      {(data) => (
        <DesktopShell active='points-completeness'>
          <View className='completeness__header'>
            <Text className='completeness__title'>服务点资料完整度</Text>
            <Text className='completeness__sub'>
              {data.totals.complete}/{data.totals.points} 个服务点资料齐全；{missingLine(data.totals.missing)}
            </Text>
          </View>
          {canImport ? (
            <Text
              className='completeness__import'
              {...tapProps(() => void Taro.navigateTo({ url: '/packages/admin/pages/points-import/index' }))}
            >
              从 Excel 批量导入 ›
            </Text>
          ) : null}
          <View className='completeness__list'>
            {data.streets.map((s) => (
              <StreetBlock key={s.streetCode} street={s} />
            ))}
          </View>
        </DesktopShell>
      )}
    </PageShell>
  );
}

export default function Page() {
  return (
    <StaffGate roles={['admin', 'hub_staff', 'station_staff']}>
      <CompletenessPage />
    </StaffGate>
  );
}
