import DesktopShell from '@/components/DesktopShell';
import StaffGate from '@/components/StaffGate';
import DashboardView from '../../components/DashboardView';
import { STATS_ROLES } from '../../lib/roles';

/** 数据看板 (hub, stations, points, departments, admins: each sees their own scope). */
export default function Page() {
  return (
    <StaffGate roles={STATS_ROLES}>
      <DesktopShell active='dashboard'>
        <DashboardView />
      </DesktopShell>
    </StaffGate>
  );
}
