import DesktopShell from '@/components/DesktopShell';
import StaffGate from '@/components/StaffGate';
import DemandView from '../../components/DemandView';
import { STATS_ROLES } from '../../lib/roles';

/** 需求侧清单 (hub, stations, points, departments, admins: each sees their own scope). */
export default function Page() {
  return (
    <StaffGate roles={STATS_ROLES}>
      <DesktopShell active='demand'>
        <DemandView />
      </DesktopShell>
    </StaffGate>
  );
}
