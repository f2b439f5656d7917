import { useRouter } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import type { TCaseDetail } from '@shared/schemas/cases';
import PageShell from '@/components/PageShell';
import StaffGate from '@/components/StaffGate';
import { usePageQuery } from '@/hooks/usePageQuery';
import { call } from '@/services/api';
import { ApiError } from '@/services/api-error';
import OfficerView from './components/OfficerView';
import StaffCaseView from './components/StaffCaseView';
import './index.scss';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** 案件详情: staff see the masked case and its actions; department officers their restricted view. */
function CasePage() {
  const id = useRouter()?.params?.id ?? '';
  const query = usePageQuery(async () => {
    if (!UUID.test(id)) throw new ApiError('NOT_FOUND', { message: '没有找到这个案件，请回到工作台重新打开' });
    return call('cases.get', { id });
  }, [id]);
  // An action answers with the new detail: show it without another (audited) read.
  const [latest, setLatest] = useState<TCaseDetail>();
  useEffect(() => setLatest(undefined), [query.data]);

  return (
    <PageShell className='case' query={query}>
      {(loaded) => {
        const detail = latest ?? loaded;
        return detail.view === 'staff' ? (
          <StaffCaseView detail={detail} onChange={setLatest} onReload={query.reload} />
        ) : (
          <OfficerView view={detail} onChange={setLatest} onConflict={query.reload} />
        );
      }}
    </PageShell>
  );
}

export default function Page() {
  return (
    <StaffGate roles={['point_staff', 'station_staff', 'hub_staff', 'dept_officer']}>
      <CasePage />
    </StaffGate>
  );
}
