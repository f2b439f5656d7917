import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import DesktopShell from '@/components/DesktopShell';
import FilterBar from '@/components/FilterBar';
import PageShell from '@/components/PageShell';
import StaffGate from '@/components/StaffGate';
import { tapProps } from '@/components/Tappable';
import { usePageQuery } from '@/hooks/usePageQuery';
import { call } from '@/services/api';
import { useSession } from '@/stores/session';
import { CHANNEL_TEXT, openCase, shortTime } from '@/packages/district/lib/labels';
import GapReport from './GapReport';
import './index.scss';

const STATUS = { open: '正在办理', all: '全部（含已办结）' } as const;

/** 未归类需求: what stays unclassified in the caller's area, in the applicant's words, similar ones grouped. */
function UnclassifiedPage() {
  const roles = useSession()?.user.roles ?? [];
  const [status, setStatus] = useState<keyof typeof STATUS>('open');
  const query = usePageQuery(() => call('needs.unclassified', { status }), [status]);
  return (
    <PageShell className='needs' query={query}>
      {(data) => (
        <DesktopShell active='unclassified'>
          <View className='needs__header'>
            <Text className='needs__heading'>未归类需求</Text>
            <Text className='needs__sub'>没有合适类别的求助，相似的放在一起。原话只给本辖区工作人员看。</Text>
          </View>
          <FilterBar>
            {(Object.keys(STATUS) as (keyof typeof STATUS)[]).map((s) => (
              <Text
                key={s}
                className={`needs__chip${status === s ? ' needs__chip--on' : ''}`}
                {...tapProps(() => setStatus(s), { role: 'radio', checked: status === s })}
              >
                {STATUS[s]}
              </Text>
            ))}
          </FilterBar>
          <Text className='needs__sub'>
            共 {data.total} 件，分成 {data.groups.length} 组
            {data.withheld ? `；另有 ${data.withheld} 件邻居反映的线索，本人同意前只有所在服务点能看` : ''}
            {data.truncated ? '；只列出最新的 500 件' : ''}。
          </Text>
          {data.groups.length === 0 ? <Text className='needs__empty'>没有未归类的需求</Text> : null}
          {data.groups.map((g, gi) => (
            <View key={gi} className='needs__card'>
              <Text className='needs__title'>
                {g.items.length} 件{g.keywords.length ? `：都提到“${g.keywords.join('”“')}”` : ''}
              </Text>
              {g.items.map((i) => (
                <View
                  key={i.id}
                  className='needs__item'
                  {...tapProps(() => void Taro.navigateTo({ url: openCase(i.id) }), { role: 'link' })}
                >
                  <Text className='needs__text'>{i.text}</Text>
                  <Text className='needs__meta'>
                    {i.refNo} · {CHANNEL_TEXT[i.channel]} · {i.statusLabel}
                    {i.streetName ? ` · ${i.streetName}` : ''} · {shortTime(i.createdAt)}
                  </Text>
                </View>
              ))}
            </View>
          ))}
          {roles.includes('hub_staff') || roles.includes('station_staff') ? <GapReport /> : null}
        </DesktopShell>
      )}
    </PageShell>
  );
}

export default function Page() {
  return (
    <StaffGate roles={['point_staff', 'station_staff', 'hub_staff']}>
      <UnclassifiedPage />
    </StaffGate>
  );
}
