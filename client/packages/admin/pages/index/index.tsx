import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import DesktopShell from '@/components/DesktopShell';
import PageShell from '@/components/PageShell';
import StaffGate from '@/components/StaffGate';
import { CONTENT_KINDS, KINDS, isContentKind } from '@/packages/admin/lib/kinds';
import ContentList from './components/ContentList';
import InvitePanel from './components/InvitePanel';
import PointsPanel from './components/PointsPanel';
import RoutingPanel from './components/RoutingPanel';
import StaffPanel from './components/StaffPanel';
import StandardsPanel from './components/StandardsPanel';
import './index.scss';
import { tapProps } from '@/components/Tappable';

const OTHER = {
  points: '站点',
  invites: '邀请码',
  staff: '工作人员',
  routing: '分派规则',
  standards: '救助标准',
} as const;
type SectionKey = (typeof CONTENT_KINDS)[number] | keyof typeof OTHER;
const SECTIONS: { key: SectionKey; label: string }[] = [
  ...CONTENT_KINDS.map((k) => ({ key: k, label: KINDS[k].label })),
  ...(Object.keys(OTHER) as (keyof typeof OTHER)[]).map((k) => ({ key: k, label: OTHER[k] })),
];

/** 管理后台: content lists, service points, staff invites, staff accounts, routing rules and self-check standards. */
function AdminPage() {
  const [section, setSection] = useState<SectionKey>('policy');
  return (
    <PageShell className='admin'>
      <DesktopShell active='admin'>
        <View className='admin__header'>
          <Text className='admin__title'>管理后台</Text>
          <Text className='admin__sub'>改动会马上给居民看到，发布前请仔细检查</Text>
        </View>
        <View className='admin__tabs'>
          {SECTIONS.map((s) => (
            <Text
              key={s.key}
              className={`admin__tab${section === s.key ? ' admin__tab--on' : ''}`}
              {...tapProps(() => setSection(s.key), { role: 'radio', checked: section === s.key })}
            >
              {s.label}
            </Text>
          ))}
        </View>
        {isContentKind(section) ? <ContentList key={section} kind={section} /> : null}
        {section === 'points' ? <PointsPanel /> : null}
        {section === 'invites' ? <InvitePanel /> : null}
        {section === 'staff' ? <StaffPanel /> : null}
        {section === 'routing' ? <RoutingPanel /> : null}
        {section === 'standards' ? <StandardsPanel /> : null}
      </DesktopShell>
    </PageShell>
  );
}

export default function Page() {
  return (
    <StaffGate roles={['admin']}>
      <AdminPage />
    </StaffGate>
  );
}
