import type { Role } from '@shared/domain/roles';

/** Who sees the district figures (the stats.* endpoints' access list). */
export const STATS_ROLES: readonly Role[] = ['point_staff', 'station_staff', 'hub_staff', 'dept_officer', 'admin'];
